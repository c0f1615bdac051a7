// A failure kept on screen while what failed is tried again. A react-query
// v5 query with no data forgets its error when it fetches again (status
// 'pending'), so a panel shown for `query.isError` went at the press of
// "Try again", with focus on its button (focus fell to the top of the page, a
// skeleton took its place), and came back if the retry failed: a screen
// reader heard the alert twice and lost its place twice.
import { useState } from 'react'

/** What failed to come, and how to ask for it again. */
export interface Failure {
  error: Error
  retry: () => void
}

/**
 * The failure of what a page or list is waiting for, kept while it is tried
 * again (`retrying`: the panel's button says "Trying again…" and waits).
 * `onRetry` is called with the press, to send focus on when the rows come.
 */
export function useKeptFailure(
  failed: Failure | null,
  waiting: boolean,
  onRetry?: () => void,
): (Failure & { retrying: boolean }) | null {
  const [tried, setTried] = useState<Error | null>(null)
  // Done trying: the rows are in, or a new failure says why not.
  if (tried && (!waiting || (failed && failed.error !== tried))) setTried(null)
  if (failed) {
    const retry = () => {
      setTried(failed.error)
      failed.retry()
      onRetry?.()
    }
    return { error: failed.error, retry, retrying: false }
  }
  return tried && waiting ? { error: tried, retry: () => {}, retrying: true } : null
}

/** As much of a query's result as a whole page's error panel reads. */
interface PageQuery {
  error: Error | null
  isPending: boolean
  refetch: () => unknown
}

/**
 * A whole page's failed query, as ErrorPanel's props (`<ErrorPanel
 * {...failed} />`), kept while Try again fetches; null when nothing failed.
 * When the data comes, the panel goes with focus on its button, and the
 * panel itself hands focus to the page's content (error-panel.tsx).
 */
export function useKeptError(
  query: PageQuery,
  retry: () => void = () => void query.refetch(),
): { error: Error; onRetry: () => void; retrying: boolean } | null {
  const kept = useKeptFailure(query.error && { error: query.error, retry }, query.isPending)
  return kept && { error: kept.error, onRetry: kept.retry, retrying: kept.retrying }
}
