import type { QueryClient } from '@tanstack/react-query'
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
 */
export function prefetchRouteData(queryClient: QueryClient, pathname: string): void {
  // Failures are not handled here: the page's own query shows them.
  const [first, second] = pathname.split('/').filter(Boolean)
  void queryClient.prefetchQuery(siteIndexQuery())
  if (!first) {
    void queryClient.fetchQuery(siteIndexQuery()).then(
      (index) => {
        if (index.latest) void queryClient.prefetchQuery(digestQuery(index.latest))
      },
      () => {},
    )
  } else if (first === 'digests' && second && /^\d{4}-\d{2}-\d{2}$/.test(second)) {
    void queryClient.prefetchQuery(digestQuery(second))
  } else if (first === 'podcasts' && second) {
    void queryClient.prefetchQuery(podcastQuery(second))
  } else if (first === 'commentary' && second) {
    void queryClient.prefetchQuery(postQuery(second))
  } else if (first === 'commentary') {
    void queryClient.prefetchQuery(postListQuery())
  } else if (first === 'search') {
    prefetchSearchData(queryClient)
  }
}

/**
 * The search index's manifest and first step (features/search), from a chunk
 * of their own so this entry module carries no search schema: asked for on
 * a cold `/search`, and by the header when the reader heads for search.
 */
export function prefetchSearchData(queryClient: QueryClient): void {
  import('../features/search/prefetch-search-index')
    .then(({ prefetchSearchIndex }) => prefetchSearchIndex(queryClient))
    // The search page's own queries fetch again and show the failure.
    .catch(() => {})
}
