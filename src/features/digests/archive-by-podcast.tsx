import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { Link, useLocation } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError, useKeptFailure } from '../../components/kept-failure'
import { KeptPlaceFailure } from '../../components/kept-place-failure'
import {
  PodcastYearFilter,
  usePodcastYearFilter,
  yearOffered,
} from '../../components/podcast-year-filter'
import { RETURNING_STATUS } from '../../components/returning-status'
import { focusWhenIn } from '../../components/show-more'
import { Skeleton } from '../../components/skeleton'
import { type PodcastWant, podcastYears, usePodcastEpisodes } from '../../data/podcast-episodes'
import { podcastQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { countOf } from '../../lib/format-count'
import { useKeptCount, useKeptScroll } from '../../lib/use-kept-place'
import type { PodcastFile } from '../../schema/site-index'
import { ArchiveDayCard } from './archive-day-card'
import { groupEpisodesByDay } from './archive-groups'
import { ArchiveLoadMore } from './archive-load-more'
import { ArchiveMonthSection } from './archive-month-section'

/** Digests (days) added per load. */
const DAYS_PER_PAGE = 30
/** Past this many days, only a press loads more: scrolling alone never grows the DOM without end. */
const AUTO_DAYS = 90

interface ArchiveByPodcastProps {
  podcast: string
  /**
   * Its name from index.json, to say whose episodes failed to load; undefined
   * when index.json does not list it, and then it is not fetched at all.
   */
  name: string | undefined
}

/**
 * The archive filtered to one podcast. Its own file (`podcasts/<slug>.json`)
 * already lists its newest episodes across every digest (a long podcast's
 * older ones are in parts), so one request replaces a scan of every month;
 * the episodes are grouped back into months and days. The page keys this by
 * podcast, so another podcast starts again at its first page. How many days
 * were shown is kept in the history entry (lib/use-kept-place.ts): Back to
 * the archive shows them, at the same place.
 * A long podcast's archive can be narrowed to a year (`?year=`), as its page can.
 */
export function ArchiveByPodcast({ podcast, name: indexName }: ArchiveByPodcastProps) {
  const known = indexName !== undefined
  const query = useQuery({ ...podcastQuery(podcast), enabled: known })
  const failed = useKeptError(query)

  if (!known || isNotFound(query.error)) {
    return (
      <div className="py-2 text-stone-600 dark:text-stone-300">
        <p>No digest has covered a podcast called “{podcast}”.</p>
        <Link
          to="/digests"
          className="inline-flex min-h-10 items-center font-medium text-teal-700 underline dark:text-teal-300"
        >
          Show every digest
        </Link>
      </div>
    )
  }
  if (failed) {
    // The archive itself is on screen: the panel names the part that failed
    // (its default title, "This page could not be loaded", said otherwise).
    return (
      <ErrorPanel
        {...failed}
        title={`The episodes of ${indexName ?? podcast} could not be loaded`}
        headingLevel={2}
      />
    )
  }
  if (!query.data) return <Skeleton lines={8} label="Loading the podcast's episodes" />
  return <PodcastArchive file={query.data} />
}

/**
 * "Filter by year" above the days, as on the podcast's page: years of a
 * daily show are hundreds of days, a month of them at a time, so a year long
 * ago was a long scroll of "Show older digests" away. It comes with the
 * podcast's file, which knows its years, and with the days (so nothing moves
 * under it); outside the days' key, so choosing a year keeps focus on it.
 */
function PodcastArchive({ file }: { file: PodcastFile }) {
  const [chosen, choose] = usePodcastYearFilter()
  const years = podcastYears(file)
  const year = yearOffered(years, chosen)
  return (
    <>
      <PodcastYearFilter years={years} value={year} onChange={choose} />
      {/* Keyed by year: another year starts again at its newest days. */}
      <PodcastDays key={year ?? ''} file={file} year={year} />
    </>
  )
}

/**
 * The podcast's digests, a month of days at a time, of every year or of
 * `year`. A long podcast's older days are in parts of its file
 * (src/data/podcast-episodes.ts), fetched a page ahead of the days shown, or
 * every part the year is in (a year is at most a few hundred episodes: the
 * days shown, not the episodes fetched, keep the page small).
 */
function PodcastDays({ file, year }: { file: PodcastFile; year: string | null }) {
  const { slug: podcast, name } = file
  const { key } = useLocation()
  const {
    count: days,
    grow,
    restored,
  } = useKeptCount(`podcastDays:${podcast}${year === null ? '' : `:${year}`}`, DAYS_PER_PAGE)
  const want: PodcastWant = year === null ? { days: days + DAYS_PER_PAGE } : { year }
  const { episodes, total, digestCount, loading, failed } = usePodcastEpisodes(file, want)
  const grouped = groupEpisodesByDay(episodes, days)
  // A year's days are known once its parts are in (the file counts its
  // episodes by year, not its days): until then the days asked for wait on them.
  const waiting =
    year === null
      ? grouped.dayCount < Math.min(days, digestCount)
      : grouped.dayCount < days && (loading || failed !== null)
  const returning = useKeptScroll(key, restored && !waiting)
  const list = useRef<HTMLDivElement>(null)
  // Focus goes to the first day after the last one shown now, once it is in
  // (it may be in a part on its way), unless the reader has moved focus
  // meanwhile: focusing it whenever it came took focus from the search field
  // mid-word.
  const focusNextDay = () => {
    const last = grouped.months.at(-1)?.days.at(-1)?.date
    if (last) focusWhenIn(() => firstDayLinkAfter(list.current, last))
  }
  const showMore = (how: 'click' | 'scroll') => {
    // A press moves focus to the first day it revealed; scrolling leaves focus alone.
    if (how === 'click') focusNextDay()
    grow(DAYS_PER_PAGE)
  }
  // The panel goes with focus on its button when the days come: focus goes
  // on to the first of them, not to the top of the page.
  const failure = useKeptFailure(failed, waiting, focusNextDay)
  const back = returning && waiting && loading && !failure
  const more =
    year === null ? digestCount > days : grouped.hiddenDays > 0 || episodes.length < total
  return (
    <div ref={list} className="space-y-8">
      <p className="text-stone-600 dark:text-stone-300">
        {countOf(total, 'episode')} of{' '}
        <Link
          to={`/podcasts/${podcast}${year === null ? '' : `?year=${year}`}`}
          className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-4 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
        >
          {name}
        </Link>{' '}
        in {year ?? countOf(digestCount, 'digest')}, newest first
      </p>
      {grouped.months.map((group) => (
        <ArchiveMonthSection key={group.month} month={group.month}>
          <ol className="space-y-4">
            {group.days.map((day) => (
              <li key={day.date} data-date={day.date} className="empty:hidden">
                <ArchiveDayCard
                  date={day.date}
                  title={null}
                  episodes={day.episodes}
                  showPodcast={false}
                />
              </li>
            ))}
          </ol>
        </ArchiveMonthSection>
      ))}
      {waiting && failure && (
        // Pinned where the reader is while their place waits on these days.
        <KeptPlaceFailure pinned={returning}>
          <ErrorPanel
            error={failure.error}
            onRetry={failure.retry}
            retrying={failure.retrying}
            title={`The older episodes of ${name} could not be loaded`}
            headingLevel={2}
          />
        </KeptPlaceFailure>
      )}
      <p
        role="status"
        className={`text-stone-600 empty:hidden dark:text-stone-300 ${back ? RETURNING_STATUS : ''}`}
      >
        {back
          ? 'Loading older digests to take you back to your place…'
          : waiting && loading && !failure
            ? 'Loading older digests…'
            : ''}
      </p>
      {more && (
        <ArchiveLoadMore
          label="Show older digests"
          onMore={showMore}
          auto={days < AUTO_DAYS && !waiting}
          busy={waiting}
          shown={days}
        />
      )}
    </div>
  )
}

/**
 * The link of the first day older than `date` that shows something (under
 * "Unread only", a day with nothing unread is an empty item).
 */
function firstDayLinkAfter(list: HTMLElement | null, date: string): HTMLElement | null {
  for (const day of list?.querySelectorAll<HTMLElement>('li[data-date]') ?? []) {
    const link = (day.dataset.date ?? '') < date ? day.querySelector<HTMLElement>('a[href]') : null
    if (link) return link
  }
  return null
}
