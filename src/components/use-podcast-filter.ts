import { slug } from '../schema/digest'
import { type UrlFilter, useUrlFilter } from './use-url-filter'

export const PODCAST_PARAM = 'podcast'

/**
 * The podcast shown (`?podcast=<slug>`), or null for all podcasts. A malformed
 * value reads as "All podcasts" instead of breaking the page.
 */
export function parsePodcastParam(params: URLSearchParams): string | null {
  const value = params.get(PODCAST_PARAM)
  return value && slug.safeParse(value).success ? value : null
}

const podcastFilter: UrlFilter<string | null> = {
  param: PODCAST_PARAM,
  read: parsePodcastParam,
  write: (podcast) => podcast,
  unfiltered: null,
}

export function usePodcastFilter(): [string | null, (next: string | null) => void] {
  return useUrlFilter(podcastFilter)
}
