import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import * as v from 'valibot'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { NotFound } from '../../components/not-found'
import { Skeleton } from '../../components/skeleton'
import { digestQuery, prerenderedLatestQuery, siteIndexQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { formatDigestDate } from '../../lib/format-date'
import { ownDate } from '../../lib/own-address'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useHydrated } from '../../lib/use-hydrated'
import { useOwnAddress } from '../../lib/use-own-address'
import { usePageMeta } from '../../lib/use-page-meta'
import { isoDate } from '../../schema/digest'
import { DigestDay } from './digest-day'
import { digestMeta } from './digest-description'

const NOT_FOUND_TITLE = 'Digest not found'

/** Route module for `/digests/:date`: one day, shown like the overview. */
export function Component() {
  const { date: writtenDate = '' } = useParams()
  // A date without its zeros, or written as the built file's name, is the
  // same day (own-address.ts): read at once, and the address follows.
  const date = ownDate(writtenDate)
  const valid = v.is(isoDate, date)
  useOwnAddress(valid && date !== writtenDate ? `/digests/${date}` : null)
  const index = useQuery(siteIndexQuery())
  const hydrated = useHydrated()
  const digest = useQuery({ ...digestQuery(date), enabled: valid })
  // The newest day's prerendered page was made knowing it is the newest
  // (scripts/prerender), as the overview is: it hydrates saying so, and the
  // index decides once it is here.
  const prerenderedLatest = useQuery(prerenderedLatestQuery()).data
  const latest = hydrated && index.data ? index.data.latest : prerenderedLatest
  // Both files can fail at once (offline): one "Try again" retries every failed one.
  const retry = () => {
    if (index.isError) void index.refetch()
    if (digest.isError) void digest.refetch()
  }
  const digestFailed = useKeptError(digest, retry)
  const indexFailed = useKeptError(index, retry)
  // Decided before the title, which would win over NotFound's (use-document-title.ts).
  const notFound = !valid || isNotFound(digest.error)
  useDocumentTitle(
    notFound
      ? NOT_FOUND_TITLE
      : digest.data
        ? `${digest.data.title} (${formatDigestDate(date)})`
        : 'Digest',
  )
  usePageMeta(digest.data ? digestMeta(digest.data) : null)

  if (notFound) {
    return (
      <NotFound
        title={NOT_FOUND_TITLE}
        message={`There is no digest for “${date}”. The archive lists every digest there is.`}
        backTo="/digests"
        backLabel="Browse the archive"
      />
    )
  }
  if (digestFailed) return <ErrorPanel {...digestFailed} />
  if (indexFailed) return <ErrorPanel {...indexFailed} />
  if (!digest.data) return <Skeleton lines={8} label="Loading the digest" />
  // The day shows as soon as its own file is here; the index only says whether
  // it is the latest, and gives the pager its links (a prerendered day is made
  // without it).
  return <DigestDay digest={digest.data} isLatest={latest === date} />
}
