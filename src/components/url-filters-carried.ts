import { PODCAST_PARAM, parsePodcastParam, UNREAD_PARAM } from './url-filters'

/**
 * The reader's filters in `search` (`?podcast=`, `?unread=1`), as a query to
 * carry to the next digest page: "Previous digest", "Next digest", the
 * archive and a day opened from it keep them, as the filters are a way of
 * reading, not a property of one day (Miniflux keeps its filters in the URL
 * the same way). Anything else in the query (`?from=`) stays behind, and a
 * malformed value is dropped, as the filters read it. '' when none is set.
 */
export function carriedFilters(search: string): string {
  const params = new URLSearchParams(search)
  const carried = new URLSearchParams()
  const podcast = parsePodcastParam(params)
  if (podcast) carried.set(PODCAST_PARAM, podcast)
  if (params.get(UNREAD_PARAM) === '1') carried.set(UNREAD_PARAM, '1')
  const query = carried.toString()
  return query ? `?${query}` : ''
}
