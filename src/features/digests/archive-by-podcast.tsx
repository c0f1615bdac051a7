import { useQuery } from '@tanstack/react-query'
import { ErrorPanel } from '../../components/error-panel'
import { PagedEpisodeList } from '../../components/paged-episode-list'
import { Skeleton } from '../../components/skeleton'
import { podcastQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'

/**
 * The archive filtered to one podcast: its own file already lists its
 * episodes newest first, so no month needs scanning.
 */
export function ArchiveByPodcast({ podcast }: { podcast: string }) {
  const query = useQuery(podcastQuery(podcast))
  if (isNotFound(query.error)) {
    return (
      <p className="py-6 text-stone-600 dark:text-stone-300">No digest has covered this podcast.</p>
    )
  }
  if (query.isError) {
    return <ErrorPanel error={query.error} onRetry={() => query.refetch()} headingLevel={2} />
  }
  if (query.isPending) return <Skeleton lines={8} label="Loading the podcast's episodes" />
  const episodes = query.data.episodes
  return (
    <>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {episodes.length} {episodes.length === 1 ? 'episode' : 'episodes'} of {query.data.name}
      </p>
      {/* Keyed by podcast: another podcast starts again at its first page. */}
      <PagedEpisodeList key={query.data.slug} episodes={episodes} />
    </>
  )
}
