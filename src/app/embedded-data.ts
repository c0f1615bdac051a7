// What a prerendered page embeds, read without its schemas: the app's first
// bundle (the service worker's cache warming) needs only the file names.

import { digestFile, postFile } from '../data/data-files'

/** The element of a prerendered page that holds its queries (scripts/prerender/page-html.ts). */
export const PRERENDERED_QUERIES_ID = 'prerendered-queries'

/** The published file of each kind of embedded query (the file its query fetches). */
const FILE_OF: Record<string, (id: string) => string> = { digest: digestFile, post: postFile }

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
