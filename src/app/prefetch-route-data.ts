import type { QueryClient } from '@tanstack/react-query'
import { PODCAST_PARAM } from '../components/filter-params'
import {
  digestQuery,
  podcastQuery,
  postListQuery,
  postQuery,
  siteIndexQuery,
} from '../data/queries'

/**
 * Starts the data requests of the page being opened as soon as the entry
 * chunk runs, in parallel with the download of the page's own chunk, instead
 * of after it: on a cold load this removes one round trip from the time to
 * content. The pages read the same cache entries, so nothing is fetched twice.
 *
 * Settles (never rejects) once the file the page shows its content from is
 * in or has failed: a cold start waits for it before its first render
 * (first-page-ready.ts). For the search, that is the index's manifest and
 * first step, read on a worker thread.
 */
export function prefetchRouteData(
  queryClient: QueryClient,
  pathname: string,
  /** The address's query string: the archive filtered by podcast shows that podcast's file. */
  search = '',
): Promise<void> {
  // Failures are not handled here: the page's own query shows them.
  const [first, second] = pathname.split('/').filter(Boolean)
  const index = queryClient.prefetchQuery(siteIndexQuery())
  if (!first) {
    return index.then(() => {
      const latest = queryClient.getQueryData(siteIndexQuery().queryKey)?.latest
      if (latest) return queryClient.prefetchQuery(digestQuery(latest))
    })
  }
  if (first === 'digests' && second && /^\d{4}-\d{2}-\d{2}$/.test(second)) {
    return queryClient.prefetchQuery(digestQuery(second))
  }
  const podcast = new URLSearchParams(search).get(PODCAST_PARAM)
  if (first === 'digests' && !second && podcast) {
    return queryClient.prefetchQuery(podcastQuery(podcast))
  }
  if (first === 'podcasts' && second) return queryClient.prefetchQuery(podcastQuery(second))
  if (first === 'commentary' && second) return queryClient.prefetchQuery(postQuery(second))
  if (first === 'commentary') return queryClient.prefetchQuery(postListQuery())
  if (first === 'search') return prefetchSearchData(queryClient)
  return index
}

/**
 * The search index's manifest and first step (features/search), from a chunk
 * of their own so this entry module carries no search schema: asked for on
 * a cold `/search`, and by the header when the reader heads for search.
 */
export function prefetchSearchData(queryClient: QueryClient): Promise<void> {
  return (
    import('../features/search/prefetch-search-index')
      .then(({ prefetchSearchIndex }) => prefetchSearchIndex(queryClient))
      // The search page's own queries fetch again and show the failure.
      .catch(() => {})
  )
}
