import { describeDataError } from '../lib/data-error'

interface ErrorPanelProps {
  error: unknown
  /** Shown as "Try again"; refetches the failed query. */
  onRetry: () => void
  title?: string
}

/** A failed data file: says what failed and offers a retry; the rest of the app stays usable. */
export function ErrorPanel({
  error,
  onRetry,
  title = 'This page could not be loaded',
}: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1">{describeDataError(error)}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Try again
      </button>
    </div>
  )
}
