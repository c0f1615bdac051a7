import { useCallback, useEffect, useState } from 'react'
import { recordOnArrival } from '../../lib/storage/lazy-reading-state-store'
import { findEntry } from '../../lib/storage/reading-state'
import type {
  EpisodeInfo,
  LastSection,
  ReadingStateRecord,
} from '../../lib/storage/reading-state-schema'
import { useReadingStateStore } from '../../lib/storage/use-reading-state'
import type { OutlineEntry } from './section-outline'

interface ReadingPosition {
  /** Where the reader left off on an earlier visit (unfinished episodes only), for "Continue". */
  resumeFrom: LastSection | null
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
  const [resumeFrom, setResumeFrom] = useState<LastSection | null>(() =>
    arrival instanceof Promise ? null : resumeOf(arrival),
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

  const record = useCallback(
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

  useEffect(() => {
    if (activeId !== null) record(activeId)
  }, [activeId, record])
  useEffect(() => {
    if (targetId !== null) record(targetId)
  }, [targetId, record])

  return { resumeFrom, record }
}
