// What a page keeps of the reader's place in its own history entry
// (history-entry.ts, decision 0013): how far down they were, and how much of
// a long list they had opened. Back, Forward or a reload of the entry bring
// both back; a new visit starts at the top, with one page of the list.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { readEntryField, writeEntryField } from './history-entry'

const FIELD = 'keptScroll'
/** Scrolling writes the place once it has settled for this long. */
const SETTLED_MS = 150
/** What a reader does to read elsewhere (the scrollbar's drag starts with a pointerdown). */
const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const
/** Held for a shortcut, as Alt of the Alt+Left that came back here: no choice of place. */
const MODIFIER_KEYS = new Set(['Alt', 'Control', 'Meta', 'Shift'])
const LISTENING = { capture: true, passive: true } as const

/**
 * Keeps the page's scroll position in its history entry, and puts it back
 * when the reader returns to the entry and the page is `ready` at full height.
 *
 * The app leaves Back/Forward to the browser's own scroll restoration
 * (app/page-arrival.tsx), but Chrome restores a same-document traversal at
 * the first frame after popstate, and the router renders the page in a
 * transition that can take longer than a frame: it then clamped the place
 * to the height of the page being left (the archive's third month: 7,539
 * instead of 27,703; an episode's open sections). Once the page is there,
 * the place the entry kept is put back, if the browser did not.
 *
 * Returns whether a kept place is waiting for the page to be ready (and has
 * not been given up): the list says so where the reader can see it. Reloaded
 * deep in a long podcast whose older part was slow, the reader saw rows
 * 25,000 px above their place, and nothing said it was coming.
 */
export function useKeptScroll(locationKey: string, ready: boolean): boolean {
  const [waiting, setWaiting] = useState(false)
  // Read at the first layout effect, before this page's first write: never
  // while rendering, which also runs in the build's prerender (no window).
  const saved = useRef<number | null | undefined>(undefined)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = () => {
      clearTimeout(timer)
      writeEntryField(locationKey, FIELD, Math.round(window.scrollY))
    }
    const settle = () => {
      clearTimeout(timer)
      timer = setTimeout(write, SETTLED_MS)
    }
    window.addEventListener('scroll', settle, { passive: true })
    // A link followed right after scrolling: its click comes before the
    // router's (capture phase), while this entry is still the current one.
    document.addEventListener('click', write, true)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('scroll', settle)
      document.removeEventListener('click', write, true)
    }
  }, [locationKey])

  const restored = useRef(false)
  // A reader who scrolls, types or clicks before the page is ready has chosen
  // where to read: the place is not put back when the rest comes in. Reloaded
  // 57,000 px down a long podcast's list, whose older part came 3 s later,
  // the reader who had gone back to the top was taken down again mid-line.
  // Input events, not `scroll`, which the browser's own restoration fires too.
  useEffect(() => {
    const giveUp = (event: Event) => {
      if (event instanceof KeyboardEvent && MODIFIER_KEYS.has(event.key)) return
      // Try again on the failure of the rows the place waits for asks for the
      // place, it is not reading elsewhere (components/kept-place-failure.tsx).
      if (event.target instanceof Element && event.target.closest('[data-keeps-place]')) return
      restored.current = true
      setWaiting(false)
    }
    for (const type of READER_INPUT) window.addEventListener(type, giveUp, LISTENING)
    return () => {
      for (const type of READER_INPUT) window.removeEventListener(type, giveUp, LISTENING)
    }
  }, [])

  // Before paint, so the reader never sees the page at the wrong place.
  useLayoutEffect(() => {
    if (saved.current === undefined) saved.current = keptScroll()
    const place = saved.current
    setWaiting(!restored.current && place !== null && !ready)
    if (restored.current || place === null || !ready) return
    restored.current = true
    if (Math.abs(window.scrollY - place) > 1) window.scrollTo(0, place)
    // A page rendered within popstate is restored before the browser applies
    // its own restoration, right after the event: a place it had kept from
    // earlier (the section an address's fragment had jumped to) then won.
    // Put back once more at the next frame, before the reader can scroll.
    const frame = window.requestAnimationFrame(() => {
      if (Math.abs(window.scrollY - place) > 1) window.scrollTo(0, place)
    })
    return () => window.cancelAnimationFrame(frame)
  }, [ready])
  return waiting
}

/**
 * Whether the current history entry kept a place: the reader is back (Back,
 * Forward, a reload) to where they had scrolled, which wins over the
 * address's fragment (use-hash-target.ts).
 */
export function hasKeptScroll(): boolean {
  return keptScroll() !== null
}

function keptScroll(): number | null {
  const value = readEntryField(FIELD)
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

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
