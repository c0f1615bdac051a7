import type { QueryClient } from '@tanstack/react-query'
import { prefetchRouteData } from './prefetch-route-data'
import { preloadPage } from './router'

/** An address the app opens: its path, and its query string (the archive's `?podcast=`). */
export interface Address {
  pathname: string
  search?: string
}

/**
 * What opening `address` loads: its page's chunk and its data. Asked for on
 * intent (prefetch-on-intent.ts), as any move starts (TransitionRouter's
 * onNavigate) and on a cold start (first-page-ready.ts). Settles once both
 * are in or have failed; the page's own import and queries report failures.
 */
export function preloadAddress(client: QueryClient, { pathname, search = '' }: Address) {
  return Promise.all([preloadPage(pathname), prefetchRouteData(client, pathname, search)])
}
