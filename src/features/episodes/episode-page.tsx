import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import * as v from 'valibot'
import { AnnouncerProvider } from '../../components/announcer'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { NotFound } from '../../components/not-found'
import { Skeleton } from '../../components/skeleton'
import { digestQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { formatDigestDate } from '../../lib/format-date'
import { ownDate, ownSlug } from '../../lib/own-address'
import { useOwnAddress } from '../../lib/use-own-address'
import { isoDate } from '../../schema/digest'
import { EpisodeView } from './episode-view'

/** Route module for `/digests/:date/:episodeSlug` (mounted with react-router `lazy`). */
export function Component() {
  const { date: writtenDate = '', episodeSlug = '' } = useParams()
  // A date written without its zeros, or as the built file's name, is the
  // same digest (own-address.ts): its data is read at once, and the address
  // follows below.
  const date = ownDate(writtenDate)
  const validDate = v.is(isoDate, date)
  const digest = useQuery({ ...digestQuery(date), enabled: validDate })
  const failed = useKeptError(digest)
  const episodes = digest.data?.episodes ?? []
  const episode = episodes.find((candidate) => candidate.slug === episodeSlug)
  // Slugs are lower case; the route matches capitals and a file's name, so a
  // retyped, shouted or copied link means the same episode.
  const written = episode
    ? undefined
    : episodes.find((candidate) => candidate.slug === ownSlug(episodeSlug))
  const own = episode ?? written
  useOwnAddress(own && (written || date !== writtenDate) ? `/digests/${date}/${own.slug}` : null)

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
  if (failed) return <ErrorPanel {...failed} />
  if (!digest.data) return <Skeleton lines={10} label="Loading the episode" />

  if (written) return <Skeleton lines={10} label="Loading the episode" />
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
