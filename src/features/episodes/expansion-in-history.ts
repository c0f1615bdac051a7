import { readEntryField, writeEntryField } from '../../lib/history-entry'

// Which sections the reader had open, kept in the page's own history entry
// (lib/history-entry.ts): Back to an episode (from a podcast page, the next
// episode) used to show every section closed again, and the browser,
// restoring the scroll position over a page that short, left the reader far
// from where they were. A fresh visit to the same address starts as the page
// always does.

const FIELD = 'openSections'

/** The open sections saved in the current history entry, if any, among `known` ids. */
export function savedExpansion(known: ReadonlySet<string>): Set<string> | null {
  const ids = readEntryField(FIELD)
  if (!Array.isArray(ids)) return null
  return new Set(ids.filter((id): id is string => typeof id === 'string' && known.has(id)))
}

/** Writes them into the entry of `locationKey`, if it is still the current one. */
export function saveExpansion(locationKey: string, ids: ReadonlySet<string>): void {
  writeEntryField(locationKey, FIELD, [...ids])
}
