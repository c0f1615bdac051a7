// What the archive keeps in its history entry: how many months it showed
// (where the reader was in them: lib/use-kept-place.ts). Back, Forward or a reload of that entry (the
// same page, returned to) bring them back; a new visit (a link, a new entry)
// has none and starts at the newest month, as before. Kept in the entry, not
// in session storage, so two tabs, or two visits in one tab, never share it.
// It lives in react-router's `usr` (its `location.state`), beside the router's
// own key and index, so the router reads it back on a POP like any state.
import { replaceEntryState } from '../../lib/history-entry'

export interface ArchiveEntry {
  /** Months shown in the window (archive-window.ts, which clamps it to the window). */
  archiveShown?: number
}

/**
 * The archive's part of a location's state; anything else (another page's
 * state, none) reads as empty. Checked by hand, not with a schema: the
 * overview's first load has no other optional field, and zod's `optional`
 * cost 130 of its last 200 bytes when this was written (decision 0005).
 */
export function readArchiveEntry(state: unknown): ArchiveEntry {
  if (!isRecord(state)) return {}
  const { archiveShown } = state
  return { archiveShown: isCount(archiveShown) ? archiveShown : undefined }
}

/**
 * Writes `patch` into the current history entry's `usr`, if it is still the
 * one rendered (`key`, react-router's `location.key`; lib/history-entry.ts).
 */
export function keepInArchiveEntry(key: string, patch: ArchiveEntry): void {
  replaceEntryState(key, (state) => {
    const usr = isRecord(state.usr) ? state.usr : {}
    return { ...state, usr: { ...usr, ...patch } }
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}
