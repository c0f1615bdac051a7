import { useRef, useState } from 'react'
import { focusFirstAdded } from '../lib/focus-first-added'
import type { EpisodeRef } from '../schema/site-index'
import { EpisodeRefList } from './episode-ref-list'

interface PagedEpisodeListProps {
  episodes: readonly EpisodeRef[]
  /** How many rows to add at a time. */
  pageSize?: number
  showPodcast?: boolean
}

/**
 * A podcast's episodes across the whole archive, newest first: hundreds at
 * ten years of digests, so only a page of rows is rendered at first and
 * "Show older episodes" adds the next page below the last one read.
 */
export function PagedEpisodeList({
  episodes,
  pageSize = 50,
  showPodcast = false,
}: PagedEpisodeListProps) {
  const [shown, setShown] = useState(pageSize)
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
        <button
          type="button"
          onClick={() => {
            setShown(shown + pageSize)
            focusFirstAdded(list.current, shown)
          }}
          className="mt-4 h-10 rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 dark:border-stone-700 dark:hover:border-teal-400"
        >
          Show older episodes ({rest} more)
        </button>
      )}
    </>
  )
}
