import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'

/**
 * Moves the reader to a page's own address (`pathname`, when given), keeping
 * the query, the fragment and the history state: for an address the router
 * matched but the page's data would not (a slug written with capitals). A
 * replace, so Back does not return to the variant. An effect with the router's
 * `navigate` rather than its `<Navigate>`, which would add to the first bundle.
 */
export function useOwnAddress(pathname: string | null): void {
  const navigate = useNavigate()
  const { search, hash, state } = useLocation()
  useEffect(() => {
    if (pathname !== null) void navigate({ pathname, search, hash }, { replace: true, state })
  }, [pathname, search, hash, state, navigate])
}
