import { useEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { readEntryField, writeEntryField } from '../lib/history-entry'
import { onScreen } from '../lib/on-screen'

/** The link a reader followed away from an entry: its address, and which of the links to it. */
interface KeptLink {
  href: string
  nth: number
}

const FIELD = 'keptLink'

/**
 * A new page starts at the top, with focus on its content: as after a page
 * load, the next Tab starts at the page and a screen reader reads it, where
 * focus used to stay on the link pressed (a header link) or drop to the
 * document when that link went with the old page. A page that put focus in
 * its own content itself (the search field, an episode's title after `]`)
 * keeps it. Back/forward keep the browser's own scroll restoration, and a
 * `#section` is left to the page that owns the anchor. The first page is
 * left as it loaded.
 *
 * Back or Forward to a page puts focus back on the link the reader followed
 * from it, when it is on screen: focus on the page's content sent the next
 * Tab to its first control, and the page jumped from the place it had just
 * been restored to (the 70th bookmark, the foot of an episode) to its top.
 */
export function PageArrival() {
  const { pathname, hash, key } = useLocation()
  const type = useNavigationType()
  const shown = useRef(pathname + hash)

  // Capture: before the router follows the link, while this is still its page's entry.
  useEffect(() => {
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('#main a[href]') : null
      const href = link?.getAttribute('href')
      if (!link || !href) return
      writeEntryField(key, FIELD, { href, nth: linksTo(href).indexOf(link) } satisfies KeptLink)
    }
    document.addEventListener('click', remember, true)
    return () => document.removeEventListener('click', remember, true)
  }, [key])

  useEffect(() => {
    if (shown.current === pathname + hash) return
    shown.current = pathname + hash
    if (hash) return
    if (type !== 'POP') window.scrollTo(0, 0)
    const main = document.getElementById('main')
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
    if (type !== 'POP') return
    const kept = keptLink()
    if (!kept) return
    // After the frame in which the page's place is put back (use-kept-place.ts).
    let frame = window.requestAnimationFrame(() => {
      frame = window.requestAnimationFrame(() => {
        const link = linksTo(kept.href)[kept.nth]
        // Unless the page has put focus somewhere of its own meanwhile.
        const active = document.activeElement
        const unclaimed = active === null || active === main || active === document.body
        if (link instanceof HTMLElement && unclaimed && onScreen(link))
          link.focus({ preventScroll: true })
      })
    })
    return () => window.cancelAnimationFrame(frame)
  }, [pathname, hash, type])
  return null
}

/** The page's links (in its content) to `href`, in document order. */
function linksTo(href: string): Element[] {
  return [...document.querySelectorAll('#main a[href]')].filter(
    (link) => link.getAttribute('href') === href,
  )
}

function keptLink(): KeptLink | null {
  const value = readEntryField(FIELD)
  if (typeof value !== 'object' || value === null) return null
  const { href, nth } = value as Record<string, unknown>
  return typeof href === 'string' && typeof nth === 'number' && nth >= 0 ? { href, nth } : null
}
