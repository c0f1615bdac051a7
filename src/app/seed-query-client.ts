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

/** The element of a prerendered page that holds its queries (scripts/prerender/page-html.ts). */
export const PRERENDERED_QUERIES_ID = 'prerendered-queries'

/** The published file of each kind of embedded query, as src/data/queries.ts fetches it. */
const FILE_OF: Record<string, (id: string) => string> = {
  digest: (id) => `digests/${id}.json`,
  post: (id) => `posts/${id}.json`,
}

/**
 * The data files a prerendered page was made from (under data/), read from
 * its embedded queries without checking them: for warming the offline cache,
 * which fetches each and keeps only what is valid. Empty on any other page.
 */
export function embeddedDataFiles(doc: Document = document): string[] {
  try {
    const entries: unknown = JSON.parse(
      doc.getElementById(PRERENDERED_QUERIES_ID)?.textContent ?? '[]',
    )
    if (!Array.isArray(entries)) return []
    return entries.flatMap((entry) => {
      const [kind, id] = Array.isArray(entry) && Array.isArray(entry[0]) ? entry[0] : []
      const file = typeof kind === 'string' ? FILE_OF[kind] : undefined
      return file && typeof id === 'string' ? [file(id)] : []
    })
  } catch {
    return []
  }
}
