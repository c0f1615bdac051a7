// "Show more" under a long list: the button, where focus goes once it has
// added rows, and what a list says when the rows it asked for fail to come.
import type { RefObject } from 'react'
import { formatCount } from '../lib/format-count'

interface ShowMoreButtonProps {
  /** What it adds: "Show older episodes". */
  action: string
  /** How many rows are left: the label ends "(1,234 more)". */
  more: number
  /** Adds the rows (to the list's state). */
  onMore: () => void
  /** The list the rows go into, and how many rows it holds now: focus goes to the first added. */
  list: RefObject<HTMLElement | null>
  shown: number
  /**
   * The rows the last press asked for are not in yet (a podcast's older part
   * on its way, or failed): a press adds nothing until they are. Pressed
   * again, it asked for rows the reader could not see, and when they came
   * focus went past the first ones to the last page's. aria-disabled, not
   * disabled: a disabled button drops keyboard focus to the top of the page.
   */
  busy?: boolean
}

/** The button under a long list that adds its next page of rows, and takes focus to them. */
export function ShowMoreButton({
  action,
  more,
  onMore,
  list,
  shown,
  busy = false,
}: ShowMoreButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (busy) return
        onMore()
        focusFirstAdded(list.current, shown)
      }}
      className="mt-4 h-10 rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 aria-disabled:cursor-default aria-disabled:opacity-60 aria-disabled:hover:border-stone-300 dark:border-stone-700 dark:hover:border-teal-400 dark:aria-disabled:hover:border-stone-700"
    >
      {action} ({formatCount(more)} more)
    </button>
  )
}

/** How long to wait for added rows that have to be fetched first (a podcast's older part). */
const ROWS_WAIT_MS = 15_000

/**
 * After "Show more" adds rows to a list: focus the link of the first row it
 * added, once React has rendered them. Left on the button, focus was behind
 * the new rows (a keyboard reader had to walk back to find them), and on the
 * last page the button went away with focus on it, dropping focus to <body>.
 * The rows are the list's children (its items, or the sections of a page of
 * groups); `from` is how many it had before; they must hold links. Rows that
 * are still being fetched are waited for, frame by frame, unless the reader
 * has moved focus meanwhile (the button itself goes with the last page).
 */
export function focusFirstAdded(list: HTMLElement | null, from: number): void {
  focusWhenIn(() => list?.children[from]?.querySelector<HTMLElement>('a[href]'))
}

/**
 * Focuses what `find` finds, once it is rendered: at the next frame, or when
 * rows still being fetched come in, unless the reader has moved focus from
 * where it was when this was called (the button pressed, which may go).
 */
export function focusWhenIn(find: () => HTMLElement | null | undefined): void {
  const pressed = document.activeElement
  const until = performance.now() + ROWS_WAIT_MS
  const attempt = () => {
    const target = find()
    if (target) target.focus()
    else if (stillWaiting(pressed) && performance.now() < until)
      window.requestAnimationFrame(attempt)
  }
  window.requestAnimationFrame(attempt)
}

function stillWaiting(pressed: Element | null): boolean {
  const focused = document.activeElement
  return focused === pressed || focused === null || focused === document.body
}
