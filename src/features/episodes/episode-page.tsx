import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { NotFound } from '../../components/not-found'
import { Skeleton } from '../../components/skeleton'
import { digestQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { formatDigestDate } from '../../lib/format-date'
import { isoDate } from '../../schema/digest'
import { AnnouncerProvider } from './announcer'
import { EpisodeView } from './episode-view'

/** Route module for `/digests/:date/:episodeSlug` (mounted with react-router `lazy`). */
export function Component() {
  const { date = '', episodeSlug = '' } = useParams()
  const validDate = isoDate.safeParse(date).success
  const digest = useQuery({ ...digestQuery(date), enabled: validDate })

  if (!validDate || isNotFound(digest.error)) {
    return (
      <NotFound
        title="Digest not found"
        message={`There is no digest for “${date}”.`}
        backTo="/"
        backLabel="Back to the latest digest"
      />
    )
  }
  if (digest.isPending) return <Skeleton lines={10} label="Loading the episode" />
  if (digest.isError) return <ErrorPanel error={digest.error} onRetry={() => digest.refetch()} />

  const episode = digest.data.episodes.find((candidate) => candidate.slug === episodeSlug)
  if (!episode) {
    return (
      <NotFound
        title="Episode not found"
        message={`The digest of ${formatDigestDate(date)} has no episode “${episodeSlug}”.`}
        backTo={`/digests/${date}`}
        backLabel={`Back to the digest of ${formatDigestDate(date)}`}
      />
    )
  }
  return (
    <AnnouncerProvider>
      {/* A new episode is a new page: fresh expansion state and scroll target. */}
      <EpisodeView key={`${date}/${episode.slug}`} digest={digest.data} episode={episode} />
    </AnnouncerProvider>
  )
}
