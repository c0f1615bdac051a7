import * as v from 'valibot'
import { readEntryField, writeEntryField } from '../../lib/history-entry'

// What a search page had loaded and shown, kept in its own history entry so
// Back returns to it: the reader pressed "Search older digests" and "Show
// more", opened a result, and expects the same list, scrolled where it was.
// In the entry (lib/history-entry.ts), not in a global: a fresh visit to the
// same address (a new entry) starts fresh. A reload keeps its entry, and so
// this view, as the browser keeps its scroll position (Chrome takes the same
// address entered again for a reload). The router's own replace (typing a new
// query) drops it, and the page writes it again.

/** Whole numbers from 1. */
const count = v.pipe(v.number(), v.integer(), v.minValue(1))

export const savedSearchViewSchema = v.object({
  /** Steps of older shards loaded (use-search-index.ts). */
  steps: count,
  /** Results shown ("Show more results" adds a page). */
  shown: count,
})

export type SavedSearchView = v.InferOutput<typeof savedSearchViewSchema>

const FIELD = 'searchView'

/** The view saved in the current history entry, or null (a new entry, or one from another version). */
export function readSavedSearchView(): SavedSearchView | null {
  const parsed = v.safeParse(savedSearchViewSchema, readEntryField(FIELD))
  return parsed.success ? parsed.output : null
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
