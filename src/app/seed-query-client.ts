import type { QueryClient } from '@tanstack/react-query'

/**
 * One query's key and data as embedded in a prerendered page (see
 * prerendered-queries.ts, which reads and checks them). Kept apart from that
 * module so the app's first bundle does not carry the schemas it checks with.
 */
export type PrerenderedQuery = [
  queryKey: readonly [string] | readonly [string, string],
  data: unknown,
]

export function seedQueryClient(client: QueryClient, queries: readonly PrerenderedQuery[]): void {
  for (const [key, data] of queries) client.setQueryData([...key], data)
}
