import { useEffect } from 'react'
import { describeDataError } from '../lib/data-error'

interface ErrorPanelProps {
  error: unknown
  /** Shown as "Try again"; refetches the failed query. */
  onRetry: () => void
  title?: string
  /**
   * A page that failed has no other heading, so the panel's is its h1; a
   * panel inside a page (one month of the archive) sits under that page's h2.
   */
  headingLevel?: 1 | 2 | 3
  /** Tried again and not answered yet: the button says so, and waits. */
  retrying?: boolean
}

/** A failed data file: says what failed and offers a retry; the rest of the app stays usable. */
export function ErrorPanel({
  error,
  onRetry,
  title = 'This page could not be loaded',
  headingLevel = 1,
  retrying = false,
}: ErrorPanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3'
  // A Try again that works swaps the panel for what it failed to load, and
  // the focused button goes with it: focus goes on to the page's content, as
  // on arrival at a page (page-arrival.tsx), not to <body>. (Focus already on
  // <body>, as after a click on text, loses nothing by it; few bytes, as this
  // is in the overview's first bundle.)
  useEffect(
    () => () => {
      if (document.activeElement === document.body)
        document.getElementById('main')?.focus({ preventScroll: true })
    },
    [],
  )
  return (
    <div
      role="alert"
      className="max-w-[70ch] rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <Heading className="text-lg font-semibold">{title}</Heading>
      <p className="mt-1">{describeDataError(error)}</p>
      <button
        type="button"
        aria-disabled={retrying || undefined}
        onClick={retrying ? undefined : onRetry}
        className="mt-3 h-10 rounded-md bg-red-700 px-4 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 aria-disabled:cursor-wait aria-disabled:opacity-80"
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  )
}
