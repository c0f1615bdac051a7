import { useEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * A new page starts at the top; back/forward keep the browser's own scroll
 * restoration, and a `#section` is left to the page that owns the anchor.
 */
export function ScrollToTop() {
  const { pathname, hash } = useLocation()
  const type = useNavigationType()
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path, which the body does not read
  useEffect(() => {
    if (type !== 'POP' && !hash) window.scrollTo(0, 0)
  }, [pathname, hash, type])
  return null
}
