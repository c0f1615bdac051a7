import { useEffect, useLayoutEffect, useRef } from 'react'
import { keepInArchiveEntry } from './archive-entry'

/** Scrolling writes the place once it has settled for this long. */
const SETTLED_MS = 150

/**
 * Keeps the archive's scroll position in its history entry, and puts it back
 * when the reader returns to the entry and the months are `ready` on screen.
 *
 * The app leaves Back/Forward to the browser's own scroll restoration
 * (app/page-arrival.tsx), but Chrome restores a same-document traversal at
 * the first frame after popstate, and the router renders the page in a
 * transition that can take longer than a frame for three months of cards:
 * it then clamped the place to the height of the page being left (the
 * exploratory test: 7,539 instead of 27,703). Once the months are there, the
 * place the entry kept is put back, if the browser did not.
 */
export function useKeptScroll(key: string, saved: number | undefined, ready: boolean): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = () => {
      clearTimeout(timer)
      keepInArchiveEntry(key, { archiveScroll: Math.round(window.scrollY) })
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
  }, [key])

  const restored = useRef(false)
  // Before paint, so the reader never sees the page at the wrong place.
  useLayoutEffect(() => {
    if (restored.current || saved === undefined || !ready) return
    restored.current = true
    if (Math.abs(window.scrollY - saved) > 1) window.scrollTo(0, saved)
  }, [saved, ready])
}
