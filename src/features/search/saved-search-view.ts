import * as z from 'zod/mini'
import { readEntryField, writeEntryField } from '../../lib/history-entry'

// What a search page had loaded and shown, kept in its own history entry so
// Back returns to it: the reader pressed "Search older digests" and "Show
// more", opened a result, and expects the same list, scrolled where it was.
// In the entry (lib/history-entry.ts), not in a global: a fresh visit to the
// same address (a new entry) starts fresh. A reload keeps its entry, and so
// this view, as the browser keeps its scroll position (Chrome takes the same
// address entered again for a reload). The router's own replace (typing a new
// query) drops it, and the page writes it again.

// Plain numbers, checked below: zod's own integer checks would be new code in
// the zod chunk the overview loads first, over its byte budget.
export const savedSearchViewSchema = z.object({
  /** Steps of older shards loaded (use-search-index.ts). */
  steps: z.number(),
  /** Results shown ("Show more results" adds a page). */
  shown: z.number(),
})

export type SavedSearchView = z.infer<typeof savedSearchViewSchema>

const FIELD = 'searchView'

const isCount = (n: number) => Number.isInteger(n) && n >= 1

/** The view saved in the current history entry, or null (a new entry, or one from another version). */
export function readSavedSearchView(): SavedSearchView | null {
  const parsed = savedSearchViewSchema.safeParse(readEntryField(FIELD))
  if (!parsed.success) return null
  const { steps, shown } = parsed.data
  return isCount(steps) && isCount(shown) ? parsed.data : null
}

/**
 * Saves the view in the entry of `locationKey`; skipped when the current
 * entry is already another one (a link was followed before this ran), so
 * one page's view never lands in the next page's entry.
 */
export function saveSearchView(locationKey: string, view: SavedSearchView): void {
  const saved = readSavedSearchView()
  if (saved?.steps === view.steps && saved.shown === view.shown) return
  writeEntryField(locationKey, FIELD, view)
}
