import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import { useAnnounce } from '../../components/announcer'
import { episodeKey, isRead } from '../../lib/storage/reading-state'
import type { EpisodeInfo } from '../../lib/storage/reading-state-schema'
import { useReadingSettings } from '../../lib/storage/use-reading-settings'
import { useReadingRecord, useReadingStateStore } from '../../lib/storage/use-reading-state'

/**
 * The opt-in "mark read when I reach the end": marks the episode read when
 * the end of its text scrolls into view. Only a real arrival counts: the end
 * must have been out of view first, so a short page that fits the screen (or
 * merely opening a page) never marks anything. And only once per visit: an
 * episode read at any moment since it was opened (on arrival, by this hook,
 * by the button, in another tab) and unread now was marked unread by the
 * reader, and reaching the end again must not overturn that.
 */
export function useMarkReadAtEnd(episode: EpisodeInfo, end: RefObject<HTMLElement | null>): void {
  const { value: settings } = useReadingSettings()
  const store = useReadingStateStore()
  const announce = useAnnounce()
  const latest = useRef(episode)
  const key = episodeKey(episode)
  const readNow = isRead(useReadingRecord().value, episode.date, episode.episodeSlug)
  const readThisVisit = useRef({ key, read: readNow })
  useLayoutEffect(() => {
    latest.current = episode
    if (readThisVisit.current.key !== key) readThisVisit.current = { key, read: readNow }
    else if (readNow) readThisVisit.current.read = true
  })
  const enabled = settings.markReadAtEnd

  useEffect(() => {
    const target = end.current
    if (!enabled || !target || typeof IntersectionObserver === 'undefined') return
    let seenOutOfView = false
    const observer = new IntersectionObserver((entries) => {
      const visible = entries.some((entry) => entry.isIntersecting)
      if (!visible) {
        seenOutOfView = true
        return
      }
      if (!seenOutOfView) return
      const current = latest.current
      if (readThisVisit.current.read) return
      if (isRead(store.getSnapshot().value, current.date, current.episodeSlug)) return
      store.setRead(current, true)
      announce('Marked as read: you reached the end.')
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [enabled, end, store, announce])
}
