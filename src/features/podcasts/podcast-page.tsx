import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { NotFound } from '../../components/not-found'
import { PageHeading } from '../../components/page-heading'
import { PagedEpisodeList } from '../../components/paged-episode-list'
import { Skeleton } from '../../components/skeleton'
import { podcastQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { useDocumentTitle } from '../../lib/use-document-title'
import { slug as slugSchema } from '../../schema/digest'

/** Route module for `/podcasts/:podcastSlug`: one podcast's episodes across digests. */
export function Component() {
  const { podcastSlug = '' } = useParams()
  const valid = slugSchema.safeParse(podcastSlug).success
  const podcast = useQuery({ ...podcastQuery(podcastSlug), enabled: valid })
  useDocumentTitle(podcast.data?.name ?? 'Podcast')

  if (!valid || isNotFound(podcast.error)) {
    return (
      <NotFound
        title="Podcast not found"
        message={`No digest has covered a podcast called “${podcastSlug}”.`}
        backTo="/podcasts"
        backLabel="See all podcasts"
      />
    )
  }
  if (podcast.isError) return <ErrorPanel error={podcast.error} onRetry={() => podcast.refetch()} />
  if (podcast.isPending) return <Skeleton lines={8} label="Loading the podcast" />
  const { name, episodes } = podcast.data
  return (
    <>
      <PageHeading
        lead={`${episodes.length} ${episodes.length === 1 ? 'episode' : 'episodes'} in the digests, newest first`}
      >
        {name}
      </PageHeading>
      <PagedEpisodeList key={podcastSlug} episodes={episodes} pageSize={100} />
    </>
  )
}
