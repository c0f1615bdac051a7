// What the header and the search page share without importing each other:
// the address of a search and the marker of a search field.

export const SEARCH_PATH = '/search'
export const QUERY_PARAM = 'q'
/** On every search field, so the keyboard shortcut can find the one on screen. */
export const SEARCH_FIELD_ATTRIBUTE = 'data-search-field'

/** Set on navigation state when the reader asked for the search field (shortcut, header icon). */
export interface SearchNavigationState {
  focusSearch: true
}

export function isSearchNavigationState(state: unknown): state is SearchNavigationState {
  return typeof state === 'object' && state !== null && 'focusSearch' in state
}

export function searchHref(query: string): string {
  const trimmed = query.trim()
  return trimmed ? `${SEARCH_PATH}?${QUERY_PARAM}=${encodeURIComponent(trimmed)}` : SEARCH_PATH
}
