import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { digestQuery, siteIndexQuery } from '../../data/queries'
import { formatDigestDate } from '../../lib/format-date'
import { useDocumentTitle } from '../../lib/use-document-title'
import type { Digest, Episode } from '../../schema/digest'
import { EpisodeDetails } from './episode-details'
import { episodeNeighbours, neighbourDates } from './episode-neighbours'
import { EpisodePager } from './episode-pager'
import { MissingSectionNotice } from './missing-section-notice'
import { outlineOf } from './section-outline'
import { TableOfContents } from './table-of-contents'
import { useActiveSection } from './use-active-section'
import { useHashTarget } from './use-hash-target'
import { useSectionExpansion } from './use-section-expansion'

interface EpisodeViewProps {
  digest: Digest
  episode: Episode
}

export function EpisodeView({ digest, episode }: EpisodeViewProps) {
  useDocumentTitle(episode.title)
  const outline = useMemo(() => outlineOf(episode.sections), [episode.sections])
  const expansion = useSectionExpansion(episode.sections)
  const { missingAnchor, targetId } = useHashTarget(outline, expansion.open)

  // Only headings on screen take part: a closed section's sub-sections have no place yet.
  const visibleIds = useMemo(
    () =>
      outline
        .filter((entry) => entry.parentId === null || expansion.expanded.has(entry.parentId))
        .map((entry) => entry.id),
    [outline, expansion.expanded],
  )
  const activeId = useActiveSection(visibleIds, targetId)
  const { previous, next } = useNeighbours(digest, episode.slug)

  return (
    <article className="max-w-2xl lg:grid lg:max-w-[61rem] lg:grid-cols-[minmax(0,1fr)_15rem] lg:grid-rows-[auto_1fr] lg:gap-x-14">
      <div className="min-w-0">
        {missingAnchor ? <MissingSectionNotice anchor={missingAnchor} /> : null}
        <header>
          <p className="text-sm font-medium uppercase tracking-wider">
            <Link
              to={`/podcasts/${episode.podcastSlug}`}
              className="inline-flex min-h-10 items-center rounded-sm text-teal-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-teal-300"
            >
              {episode.podcast}
            </Link>
          </p>
          <h1 className="mt-1 text-3xl font-semibold leading-tight tracking-tight text-balance break-words text-stone-950 sm:text-4xl dark:text-stone-50">
            {episode.title}
          </h1>
          <p className="mt-1 text-stone-600 dark:text-stone-400">
            From the digest of{' '}
            <Link
              to={`/digests/${digest.date}`}
              className="inline-flex min-h-10 items-center font-medium text-stone-900 underline decoration-stone-300 underline-offset-4 hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-stone-100 dark:decoration-stone-600"
            >
              <time dateTime={digest.date}>{formatDigestDate(digest.date)}</time>
            </Link>
          </p>
        </header>

        <h2 className="mt-8 text-xl font-semibold">Summary</h2>
        <p className="mt-3 text-lg leading-relaxed break-words text-stone-800 dark:text-stone-200">
          {episode.summary}
        </p>

        {episode.keyPoints.length > 0 ? (
          <>
            <h2 className="mt-8 text-xl font-semibold">Key points</h2>
            <ul className="mt-3 list-disc space-y-2 pl-6 leading-relaxed marker:text-teal-600 dark:marker:text-teal-400">
              {episode.keyPoints.map((point, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={index} className="break-words pl-1">
                  {point}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      {episode.sections.length > 0 ? (
        <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
            <TableOfContents sections={episode.sections} activeId={activeId} />
          </div>
        </div>
      ) : null}

      <div className="min-w-0 lg:col-start-1">
        <EpisodeDetails digest={digest} episode={episode} expansion={expansion} />
        <EpisodePager previous={previous} next={next} />
      </div>
    </article>
  )
}

/** Previous/next, fetching the neighbouring day's digest only when a link must cross to it. */
function useNeighbours(digest: Digest, slug: string) {
  const index = useQuery(siteIndexQuery())
  const dates = index.data ? neighbourDates(index.data, digest.date) : { older: null, newer: null }
  const at = digest.episodes.findIndex((episode) => episode.slug === slug)
  const needsOlder = at === 0 && dates.older !== null
  const needsNewer = at === digest.episodes.length - 1 && dates.newer !== null
  const older = useQuery({ ...digestQuery(dates.older ?? ''), enabled: needsOlder })
  const newer = useQuery({ ...digestQuery(dates.newer ?? ''), enabled: needsNewer })
  return episodeNeighbours(digest, slug, older.data ?? null, newer.data ?? null)
}
