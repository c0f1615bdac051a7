import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'
import { isRead } from '../../lib/storage/reading-state'
import type { EpisodeInfo } from '../../lib/storage/reading-state-schema'
import { useReadingSettings } from '../../lib/storage/use-reading-settings'
import { useReadingStateStore } from '../../lib/storage/use-reading-state'
import { useAnnounce } from './announcer'

/**
 * The opt-in "mark read when I reach the end": marks the episode read when
 * the end of its text scrolls into view. Only a real arrival counts: the end
 * must have been out of view first, so a short page that fits the screen (or
 * merely opening a page) never marks anything.
 */
export function useMarkReadAtEnd(episode: EpisodeInfo, end: RefObject<HTMLElement | null>): void {
  const { value: settings } = useReadingSettings()
  const store = useReadingStateStore()
  const announce = useAnnounce()
  const latest = useRef(episode)
  useLayoutEffect(() => {
    latest.current = episode
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
      if (isRead(store.getSnapshot().value, current.date, current.episodeSlug)) return
      store.setRead(current, true)
      announce('Marked as read: you reached the end.')
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [enabled, end, store, announce])
}
