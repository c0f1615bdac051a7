import { useQuery } from '@tanstack/react-query'
import { Navigate, useLocation, useParams } from 'react-router'
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
  const { search, hash, state } = useLocation()

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
    // Slugs are lower case; the route matches capitals, so a retyped or
    // shouted link means the same episode: go to its own address.
    const lower = episodeSlug.toLowerCase()
    const same = digest.data.episodes.find((candidate) => candidate.slug === lower)
    if (same) {
      const pathname = `/digests/${digest.data.date}/${same.slug}`
      return <Navigate replace to={{ pathname, search, hash }} state={state} />
    }
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
