import { useEffect, useLayoutEffect, useRef } from 'react'
import { readEntryField, writeEntryField } from './history-entry'

const FIELD = 'keptScroll'
/** Scrolling writes the place once it has settled for this long. */
const SETTLED_MS = 150

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
 */
export function useKeptScroll(locationKey: string, ready: boolean): void {
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
  // Before paint, so the reader never sees the page at the wrong place.
  useLayoutEffect(() => {
    if (saved.current === undefined) saved.current = keptScroll()
    const place = saved.current
    if (restored.current || place === null || !ready) return
    restored.current = true
    if (Math.abs(window.scrollY - place) > 1) window.scrollTo(0, place)
  }, [ready])
}

function keptScroll(): number | null {
  const value = readEntryField(FIELD)
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}
