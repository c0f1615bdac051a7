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
      },
    },
  })
}
