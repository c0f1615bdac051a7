import { useEffect, useRef, useState } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { enteredInApp } from './entered-in-app'
import { onScreen } from './on-screen'
import { prefersReducedMotion } from './reduced-motion'
import { decodeFragment, resolveHash } from './resolve-hash'
import type { OutlineEntry } from './section-outline'
import { hasKeptScroll } from './use-kept-place'

interface ScrollRequest {
  id: string
  /** The page's first hash (a load, or arriving from another page): jump, do not glide. */
  initial: boolean
  /** Put focus on the section (or the anchor): always in the page, on arrival only from another of the app's pages. */
  focus: boolean
  /** A section (the page's target), or an anchor of the page around them (only scrolled to). */
  section: boolean
  /**
   * False when the reader is back to a place they had scrolled to (Back,
   * Forward, a reload): that place is put back (useKeptScroll), not the
   * section the address names. Jumping there lost the place of everyone who
   * came by a bookmark or the contents and read on.
   */
  scroll: boolean
}

/** An id on the page outside the sections (skip link target, the contents): not a missing section. */
function isPageAnchor(anchor: string): boolean {
  const element = document.getElementById(anchor)
  return element !== null && element.closest('[data-section-level]') === null
}

/**
 * Follow the URL fragment: on the first render (a cold load or a reload) and
 * on every later change (contents, back/forward, a pasted link), open the
 * target section and its parent, then scroll to it once it is open.
 * Returns the anchor that matched nothing, for the notice.
 */
export function useHashTarget(
  outline: readonly OutlineEntry[],
  open: (ids: readonly string[]) => void,
): { missingAnchor: string | null; targetId: string | null } {
  const location = useLocation()
  const [missingAnchor, setMissingAnchor] = useState<string | null>(null)
  const [request, setRequest] = useState<ScrollRequest | null>(null)
  // The location the page was opened with (cold load, reload, or arriving
  // from another page): its fragment is jumped to, and takes focus only when
  // the reader came from another page of the app (entered-in-app.ts).
  const navigationType = useNavigationType()
  const arrival = useRef({ key: location.key, type: navigationType })

  // location.key is read in the effect, so choosing the same fragment again re-runs it.
  useEffect(() => {
    const target = resolveHash(location.hash, outline, isPageAnchor)
    const initial = location.key === arrival.current.key
    if (target.kind === 'section') {
      open(target.open)
      const scroll = !(initial && hasKeptScroll())
      const focus = !initial || enteredInApp(arrival.current.type)
      setRequest({ id: target.id, initial, focus, section: true, scroll })
    } else if (!initial && location.hash.length > 1) {
      // An anchor of the page itself (the notice's link to the contents): the
      // router changed the URL without the browser's own fragment scroll.
      // Scrolled to after the render, like a section: it takes the notice
      // away above the anchor, which would carry a glide started now past it.
      // Focused too: the notice's link had focus, and went with the notice.
      const id = decodeFragment(location.hash.slice(1))
      setRequest({ id, initial, focus: true, section: false, scroll: true })
    }
    setMissingAnchor(target.kind === 'unknown' ? target.anchor : null)
  }, [location.hash, location.key, outline, open])

  // Runs after the render that opened the section (or took the notice away),
  // so the page is laid out as it will stay.
  useEffect(() => {
    if (!request) return
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(request.id)
      if (!element) return
      if (request.scroll) {
        element.scrollIntoView({
          block: 'start',
          behavior: request.initial || prefersReducedMotion() ? 'auto' : 'smooth',
        })
      }
      // A loaded page leaves focus to the browser, which starts the next Tab
      // from the fragment's target (:target), if it was in the HTML. The
      // shell's pages are rendered after the browser looked for it: without
      // focus here, the next Tab went to "Skip to content", 25 stops above.
      const focus = request.focus || (request.section && !element.matches(':target'))
      // Back to a place away from the section: focus there would send the
      // next Tab back up to it.
      if (focus && (request.scroll || onScreen(element))) {
        // Keyboard and screen-reader users continue from the section they chose
        // (its toggle; a post's heading has none and takes focus itself), or
        // from the anchor itself (tabIndex -1: the contents, the section titles).
        const target = request.section
          ? (element.querySelector<HTMLElement>('button[aria-expanded]') ??
            (element.hasAttribute('tabindex') ? element : null))
          : element
        target?.focus({ preventScroll: true })
      }
    })
    return () => window.cancelAnimationFrame(frame)
  }, [request])

  return { missingAnchor, targetId: request?.section ? request.id : null }
}
