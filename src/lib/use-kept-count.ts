import { useEffect, useLayoutEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { readEntryField, writeEntryField } from './history-entry'

export interface KeptCount {
  count: number
  /** Adds `by` to the count. */
  grow: (by: number) => void
  /** False until the entry was read (before the first paint): the count may still rise. */
  restored: boolean
}

/**
 * A count a page grows as the reader asks for more (the rows of a long list,
 * the days of a podcast's archive), kept in the page's history entry under
 * `field`. Back or Forward to the entry, or a reload of it, shows as much as
 * the reader had opened, so the place they left (useKeptScroll) is there to
 * return to: before, Back from the 250th episode of a podcast showed its
 * first 100, and the browser put the reader somewhere among them. A new
 * visit (a link followed, a new entry) starts at `initial`.
 *
 * The first render shows `initial`, as the prerendered page does (and the
 * build's render has no history to read); the entry is read in a layout
 * effect, so a larger count is on screen before the first paint.
 */
export function useKeptCount(field: string, initial: number): KeptCount {
  const { key } = useLocation()
  const [kept, setKept] = useState<number | null>(null)
  useLayoutEffect(() => {
    const value = readEntryField(field)
    setKept(isCount(value) && value > initial ? value : initial)
  }, [field, initial])
  useEffect(() => {
    if (kept !== null && kept > initial) writeEntryField(key, field, kept)
  }, [key, field, kept, initial])
  return {
    count: kept ?? initial,
    grow: (by) => setKept((count) => (count ?? initial) + by),
    restored: kept !== null,
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}
