// What a page keeps in its own history entry: Back, Forward and a reload of
// that entry bring it back, and a new visit (a link followed, a new entry)
// starts as the page always does. Nothing is shared between two tabs or two
// visits, as session storage would. The fields sit in `history.state` beside
// react-router's own ({ usr, key, idx }), which are left as they are; a
// navigation with `replace` writes a fresh state, and the page writes its
// fields again on its next change.

function entryState(): Record<string, unknown> {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {}
}

/** react-router's key of the current entry ("default" for the first, which it never wrote). */
function entryKey(): string {
  const key = entryState().key
  return typeof key === 'string' ? key : 'default'
}

/** A field of the current entry, as stored: the caller checks its shape. */
export function readEntryField(field: string): unknown {
  return entryState()[field]
}

/**
 * Writes `value` into the entry of `locationKey` (react-router's
 * `location.key`), if it is still the current one: see replaceEntryState.
 */
export function writeEntryField(locationKey: string, field: string, value: unknown): void {
  replaceEntryState(locationKey, (state) => ({ ...state, [field]: value }))
}

/**
 * Replaces the state of the entry of `locationKey` with `update` of it, if
 * that entry is still the current one: a write that comes late, after a link
 * was followed, must not land on the next page's entry. history.replaceState,
 * not navigate(): nothing on screen changes, so nothing renders again.
 */
export function replaceEntryState(
  locationKey: string,
  update: (state: Record<string, unknown>) => Record<string, unknown>,
): void {
  if (entryKey() !== locationKey) return
  window.history.replaceState(update(entryState()), '')
}
