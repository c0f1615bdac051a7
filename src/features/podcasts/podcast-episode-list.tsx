import { useLocation } from 'react-router'
import { PagedEpisodeList } from '../../components/paged-episode-list'
import { type PodcastWant, usePodcastEpisodes } from '../../data/podcast-episodes'
import { useKeptCount, useKeptScroll } from '../../lib/use-kept-place'
import type { PodcastFile } from '../../schema/site-index'

/** Rows a press of "Show older episodes" adds. */
export const PODCAST_PAGE_SIZE = 100

interface PodcastEpisodeListProps {
  file: PodcastFile
  /** One year's episodes, or null for all of them. */
  year: string | null
}

/**
 * The podcast page's list: a hundred rows, and a hundred more at each press.
 * How many the reader opened is kept in the history entry (lib/use-kept-place.ts):
 * Back to the page shows as many, at the same place, once their rows are in.
 * The page keys this by podcast and year, so another list starts again at its
 * first page.
 */
export function PodcastEpisodeList({ file, year }: PodcastEpisodeListProps) {
  const { key } = useLocation()
  const keptAs = `podcastRows:${file.slug}${year === null ? '' : `:${year}`}`
  const { count: shown, grow, restored } = useKeptCount(keptAs, PODCAST_PAGE_SIZE)
  // A page ahead, so the next press finds its rows in.
  const want: PodcastWant = year === null ? { newest: shown + PODCAST_PAGE_SIZE } : { year }
  const { episodes, total, loading, failed } = usePodcastEpisodes(file, want)
  const returning = useKeptScroll(key, restored && episodes.length >= Math.min(shown, total))
  return (
    <PagedEpisodeList
      episodes={episodes}
      total={total}
      shown={shown}
      onMore={() => grow(PODCAST_PAGE_SIZE)}
      loading={loading}
      failed={failed}
      returning={returning}
    />
  )
}
