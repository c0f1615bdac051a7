import { useCallback, useEffect, useRef, useState } from 'react'
import type { OutlineEntry } from '../../lib/section-outline'
import { recordOnArrival } from '../../lib/storage/lazy-reading-state-store'
import { findEntry } from '../../lib/storage/reading-state'
import type {
  EpisodeInfo,
  LastSection,
  ReadingStateRecord,
} from '../../lib/storage/reading-state-schema'
import { useReadingStateStore } from '../../lib/storage/use-reading-state'

/**
 * A section scrolled to is stored once the reader has stayed on it this
 * long, not as it passes. Each store writes the whole reading state (every
 * episode ever read, one localStorage record): with a few years of reading
 * (4,000 entries) each write held the main thread 50-100 ms (220-290 ms at
 * 4x CPU), once for every section scrolled past. A section opened, reached
 * by keyboard or linked to is stored once the page has painted it (not in
 * the press, where the write delayed what it showed), and the one waiting is
 * stored when the page is left or hidden.
 */
export const SETTLE_MS = 1000

interface ReadingPosition {
  /** Where the reader left off on an earlier visit (unfinished episodes only), for "Continue". */
  resumeFrom: LastSection | null
  /** Whether the record of that earlier visit is in (the store loads after the page). */
  resumeKnown: boolean
  /** Remember this section as the one being read. */
  record: (id: string) => void
}

/**
 * Remembers the last section read in this episode: the section in view
 * (`activeId`), one opened or reached by keyboard (`record`), or the target
 * of a deep link (`targetId`). What was stored before this visit is read once,
 * on arrival, so "Continue where you left off" points at the last visit's
 * place, not at wherever this visit has scrolled since.
 */
export function useReadingPosition(
  episode: EpisodeInfo,
  outline: readonly OutlineEntry[],
  activeId: string | null,
  targetId: string | null,
): ReadingPosition {
  const store = useReadingStateStore()
  const { date, episodeSlug, episodeTitle, podcast } = episode

  // Asked for while rendering, before this visit's effects record anything:
  // the lazily loaded store answers with the record as it was on arrival.
  const [arrival] = useState(() => recordOnArrival(store))
  const resumeOf = useCallback(
    (record: ReadingStateRecord): LastSection | null => {
      const entry = findEntry(record, { date, episodeSlug })
      if (!entry || entry.readAt !== null || !entry.lastSection) return null
      const { id } = entry.lastSection
      // A section renamed since (re-ingest) cannot be continued.
      return outline.find((candidate) => candidate.id === id) ? entry.lastSection : null
    },
    [outline, date, episodeSlug],
  )
  // undefined: not known yet.
  const [resumeFrom, setResumeFrom] = useState<LastSection | null | undefined>(() =>
    arrival instanceof Promise ? undefined : resumeOf(arrival),
  )
  useEffect(() => {
    if (!(arrival instanceof Promise)) return
    let live = true
    void arrival.then((record) => {
      if (live) setResumeFrom(resumeOf(record))
    })
    return () => {
      live = false
    }
  }, [arrival, resumeOf])

  const storeSection = useCallback(
    (id: string) => {
      const entry = outline.find((candidate) => candidate.id === id)
      if (!entry) return
      store.setLastSection(
        { date, episodeSlug, episodeTitle, podcast },
        { id: entry.id, number: entry.number, title: entry.title },
      )
    },
    [store, outline, date, episodeSlug, episodeTitle, podcast],
  )

  // A deliberate move (a deep link, a contents entry, a key) scrolls smoothly
  // past the sections in between. Those pass the reading line without being
  // read, so until the scroll arrives, or the reader takes over with a wheel,
  // a touch, a key or a click, the section in view is not recorded: leaving
  // mid-scroll once stored section 1 instead of the 5 asked for.
  const arrivingAt = useRef<string | null>(null)
  useEffect(() => {
    const takeOver = () => {
      arrivingAt.current = null
    }
    // Capture: runs before the page's own key handlers, which may start a new move.
    const options = { capture: true, passive: true }
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
    for (const event of events) window.addEventListener(event, takeOver, options)
    return () => {
      for (const event of events) window.removeEventListener(event, takeOver, options)
    }
  }, [])

  // The section waiting to be stored: the one in view until the reader has
  // stayed on it (SETTLE_MS), or one chosen, until the page has painted what
  // the choice showed (the write would hold that paint back).
  const settling = useRef<{ id: string; cancel: () => void } | null>(null)
  const storeSettling = useCallback(() => {
    const waiting = settling.current
    if (!waiting) return
    waiting.cancel()
    settling.current = null
    storeSection(waiting.id)
  }, [storeSection])
  const storeLater = useCallback(
    (id: string, after: 'settled' | 'painted') => {
      settling.current?.cancel()
      let frame = 0
      let timer: ReturnType<typeof setTimeout> | undefined
      if (after === 'settled') timer = setTimeout(storeSettling, SETTLE_MS)
      else frame = requestAnimationFrame(() => (timer = setTimeout(storeSettling, 0)))
      settling.current = {
        id,
        cancel: () => {
          cancelAnimationFrame(frame)
          clearTimeout(timer)
        },
      }
    },
    [storeSettling],
  )
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') storeSettling()
    }
    window.addEventListener('pagehide', storeSettling)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', storeSettling)
      document.removeEventListener('visibilitychange', onHidden)
      // Leaving the episode (another page, another episode): where the reader was.
      storeSettling()
    }
  }, [storeSettling])

  const record = useCallback(
    (id: string) => {
      arrivingAt.current = id
      // The section passed before it is not stored.
      storeLater(id, 'painted')
    },
    [storeLater],
  )

  useEffect(() => {
    if (activeId === null) return
    if (arrivingAt.current !== null && arrivingAt.current !== activeId) return
    arrivingAt.current = null
    // Arrived where the reader asked to go: that is on its way already.
    if (settling.current?.id === activeId) return
    storeLater(activeId, 'settled')
  }, [activeId, storeLater])
  useEffect(() => {
    if (targetId !== null) record(targetId)
  }, [targetId, record])

  return { resumeFrom: resumeFrom ?? null, resumeKnown: resumeFrom !== undefined, record }
}
