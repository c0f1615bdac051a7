import { useEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * A new page starts at the top, with focus on its content: as after a page
 * load, the next Tab starts at the page and a screen reader reads it, where
 * focus used to stay on the link pressed (a header link) or drop to the
 * document when that link went with the old page. A page that put focus in
 * its own content itself (the search field, an episode's title after `]`)
 * keeps it. Back/forward keep the browser's own scroll restoration, and a
 * `#section` is left to the page that owns the anchor. The first page is
 * left as it loaded.
 */
export function PageArrival() {
  const { pathname, hash } = useLocation()
  const type = useNavigationType()
  const shown = useRef(pathname + hash)
  useEffect(() => {
    if (shown.current === pathname + hash) return
    shown.current = pathname + hash
    if (hash) return
    if (type !== 'POP') window.scrollTo(0, 0)
    const main = document.getElementById('main')
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
  }, [pathname, hash, type])
  return null
}
