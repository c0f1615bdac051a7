import { QueryClient } from '@tanstack/react-query'
import { DataError } from './data-error'

/** Faults that a retry cannot heal: fail fast and show the error panel. */
function isPermanent(error: unknown): boolean {
  return error instanceof DataError && ['not-found', 'schema', 'invalid-json'].includes(error.kind)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published files change only with a new build: keep them for the session.
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 30 * 60_000,
        retry: (failureCount, error) => !isPermanent(error) && failureCount < 1,
        refetchOnWindowFocus: false,
        // Fetch even when the browser says it is offline: the service worker
        // may hold the file, and a file it lacks fails into "You are offline".
        // The default held every request after an `offline` event, so a page
        // opened then showed its loading placeholder for good.
        networkMode: 'always',
        // 'always' turns this off by default; on, a file that failed offline
        // loads by itself once the connection is back, as its message says.
        refetchOnReconnect: true,
      },
    },
  })
}
