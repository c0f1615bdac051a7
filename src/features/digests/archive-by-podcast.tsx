import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { EpisodeRefList } from '../../components/episode-ref-list'
import { ErrorPanel } from '../../components/error-panel'
import { Skeleton } from '../../components/skeleton'
import { podcastQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'

const PAGE = 50

/**
 * The archive filtered to one podcast: its own file already lists its
 * episodes newest first, so no month needs scanning.
 */
export function ArchiveByPodcast({ podcast }: { podcast: string }) {
  const query = useQuery(podcastQuery(podcast))
  const [shown, setShown] = useState(PAGE)
  if (isNotFound(query.error)) {
    return (
      <p className="py-6 text-stone-600 dark:text-stone-300">No digest has covered this podcast.</p>
    )
  }
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => query.refetch()} />
  if (query.isPending) return <Skeleton lines={8} label="Loading the podcast's episodes" />
  const episodes = query.data.episodes
  return (
    <>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {episodes.length} {episodes.length === 1 ? 'episode' : 'episodes'} of {query.data.name}
      </p>
      <EpisodeRefList
        episodes={episodes.slice(0, shown)}
        showPodcast={false}
        showDate
        showOneLine
      />
      {shown < episodes.length && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className="mt-4 h-10 rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 dark:border-stone-700"
        >
          Show older episodes
        </button>
      )}
    </>
  )
}
