import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { PageHeading } from '../../components/page-heading'
import { PodcastFilter } from '../../components/podcast-filter'
import { Skeleton } from '../../components/skeleton'
import { usePodcastFilter } from '../../components/url-filters'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { siteIndexQuery } from '../../data/queries'
import { countOf } from '../../lib/format-count'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useHydrated } from '../../lib/use-hydrated'
import { ArchiveByMonth } from './archive-by-month'
import { ArchiveByPodcast } from './archive-by-podcast'
import { ArchiveMonthJump, parseFromParam } from './archive-month-jump'
import { UnreadFilter } from './unread-filter'

/**
 * Route module for `/digests`: every digest, newest first, month by month
 * (archive-by-month.tsx), or one podcast's digests when `?podcast=` is set
 * (archive-by-podcast.tsx). Only index.json is needed to start; month and
 * podcast files load when they are shown.
 */
export function Component() {
  const index = useQuery(siteIndexQuery())
  const failed = useKeptError(index)
  const data = usePrerenderedCopy(index.data, 'prerendered-index')
  const [podcast] = usePodcastFilter()
  const [params] = useSearchParams()
  // The prerendered archive shows the newest months: it hydrates so, then
  // opens the window asked for (as the filters do, url-filters.ts).
  const hydrated = useHydrated()
  const from = hydrated ? parseFromParam(params) : null
  const podcastName = data?.podcasts.find((p) => p.slug === podcast)?.name
  useDocumentTitle(podcast ? `Archive: ${podcastName ?? podcast}` : 'Archive')

  if (!data) {
    if (failed) return <ErrorPanel {...failed} />
    return <Skeleton lines={10} label="Loading the archive" />
  }
  const { digestCount, months, podcasts } = data
  return (
    <div className="max-w-3xl">
      <PageHeading lead={`${countOf(digestCount, 'digest')}, newest first`}>Archive</PageHeading>
      <div className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2">
        {/* index.json lists podcasts by name, the order a reader looks them up in. */}
        <PodcastFilter podcasts={podcasts} />
        {/* Beside the podcast filter, as on the digest pages (`?unread=1`). */}
        <UnreadFilter />
        {/* One podcast's archive is a single list; every digest is shown a few months at a time. */}
        {!podcast && <ArchiveMonthJump months={months} />}
      </div>
      {/* Hidden while a filter in the address is not applied yet (public/theme-init.js). */}
      <div data-filtered-list>
        {podcast ? (
          <ArchiveByPodcast key={podcast} podcast={podcast} name={podcastName} />
        ) : (
          <ArchiveByMonth
            key={from ?? ''}
            months={months.map((entry) => entry.month)}
            from={from}
          />
        )}
      </div>
    </div>
  )
}
