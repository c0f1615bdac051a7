import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import * as v from 'valibot'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { NotFound } from '../../components/not-found'
import { PageHeading } from '../../components/page-heading'
import {
  PodcastYearFilter,
  usePodcastYearFilter,
  yearOffered,
} from '../../components/podcast-year-filter'
import { Skeleton } from '../../components/skeleton'
import { podcastEpisodeCount, podcastYears } from '../../data/podcast-episodes'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { podcastQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { countOf } from '../../lib/format-count'
import { ownSlug } from '../../lib/own-address'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useOwnAddress } from '../../lib/use-own-address'
import { slug as slugSchema } from '../../schema/digest'
import { PodcastEpisodeList } from './podcast-episode-list'

const NOT_FOUND_TITLE = 'Podcast not found'

/** Route module for `/podcasts/:podcastSlug`: one podcast's episodes across digests. */
export function Component() {
  const { podcastSlug = '' } = useParams()
  // A malformed slug cannot name a published file: answer "not found" without a request.
  const valid = v.is(slugSchema, podcastSlug)
  const podcast = useQuery({ ...podcastQuery(podcastSlug), enabled: valid })
  const failed = useKeptError(podcast)
  const [chosenYear, chooseYear] = usePodcastYearFilter()
  // Prerendered, the page takes the copy of the file it was made from first.
  const data = usePrerenderedCopy(podcast.data, 'prerendered-podcast', podcastSlug)
  // Slugs are lower case; a retyped or shouted address, or the built file's
  // name (own-address.ts), means the same podcast.
  const written = !valid && v.is(slugSchema, ownSlug(podcastSlug))
  // A copy still shows when its file fails, even as not found: the page was
  // right when it was made, and the first render must match it.
  const notFound = !written && (!valid || (!data && isNotFound(podcast.error)))
  // Decided before the title, which would win over NotFound's (use-document-title.ts).
  useDocumentTitle(notFound ? NOT_FOUND_TITLE : (data?.name ?? 'Podcast'))

  useOwnAddress(written ? `/podcasts/${ownSlug(podcastSlug)}` : null)
  if (notFound) {
    return (
      <NotFound
        title={NOT_FOUND_TITLE}
        message={`No digest has covered a podcast called “${podcastSlug}”.`}
        backTo="/podcasts"
        backLabel="See all podcasts"
      />
    )
  }
  if (!data) {
    if (failed) return <ErrorPanel {...failed} />
    return <Skeleton lines={8} label="Loading the podcast" />
  }
  const { name } = data
  const years = podcastYears(data)
  const year = yearOffered(years, chosenYear)
  const episodeCount = podcastEpisodeCount(data)
  const listed =
    year === null ? episodeCount : (years.find((entry) => entry.year === year)?.count ?? 0)
  return (
    <div className="max-w-3xl">
      <p className="text-sm font-medium">
        <Link
          to="/podcasts"
          className="inline-flex min-h-10 items-center rounded-sm text-teal-700 hover:underline dark:text-teal-300"
        >
          Podcasts
        </Link>
      </p>
      <PageHeading
        lead={
          <>
            {countOf(episodeCount, 'episode')} in the digests, newest first ·{' '}
            <Link
              // The archive narrows to the same year; followed before the app
              // runs, the prerendered link takes it from the address
              // (public/boot-after-paint.js).
              to={`/digests?podcast=${podcastSlug}${year === null ? '' : `&year=${year}`}`}
              data-carry-query="year"
              className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-4 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
            >
              See them in the archive
            </Link>
          </>
        }
      >
        {name}
      </PageHeading>
      <PodcastYearFilter years={years} value={year} onChange={chooseYear} shown={listed} />
      {/* Hidden while a filter in the address is not applied yet (public/theme-init.js). */}
      <div data-filtered-list>
        {/* Keyed by podcast and year: another list starts again at its first page. */}
        <PodcastEpisodeList key={`${podcastSlug}:${year ?? 'all'}`} file={data} year={year} />
      </div>
    </div>
  )
}
