import { useRef } from 'react'
import { useLocation } from 'react-router'
import { useKeptCount, useKeptScroll } from '../lib/use-kept-place'
import type { EpisodeRef } from '../schema/site-index'
import { EpisodeRefList } from './episode-ref-list'
import { ShowMoreButton } from './show-more'

interface PagedEpisodeListProps {
  episodes: readonly EpisodeRef[]
  /**
   * Names the list in its page's history entry, where how many rows are
   * shown is kept (lib/use-kept-place.ts): one name per podcast.
   */
  keptAs: string
  /** How many rows to add at a time. */
  pageSize?: number
  showPodcast?: boolean
}

/**
 * A podcast's episodes across the whole archive, newest first: hundreds at
 * ten years of digests, so only a page of rows is rendered at first and
 * "Show older episodes" adds the next page below the last one read. Back to
 * the page shows as many rows as the reader had opened, at the same place.
 */
export function PagedEpisodeList({
  episodes,
  keptAs,
  pageSize = 50,
  showPodcast = false,
}: PagedEpisodeListProps) {
  const { key } = useLocation()
  const { count: shown, grow, restored } = useKeptCount(keptAs, pageSize)
  useKeptScroll(key, restored)
  const list = useRef<HTMLUListElement>(null)
  const rest = episodes.length - shown
  return (
    <>
      <EpisodeRefList
        ref={list}
        episodes={episodes.slice(0, shown)}
        showPodcast={showPodcast}
        showDate
        showOneLine
      />
      {rest > 0 && (
        <ShowMoreButton
          action="Show older episodes"
          more={rest}
          onMore={() => grow(pageSize)}
          list={list}
          shown={shown}
        />
      )}
    </>
  )
}
