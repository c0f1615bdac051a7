import { Link, useLocation } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import { EpisodeRefList } from '../../components/episode-ref-list'
import { useUnreadFilter } from '../../components/url-filters'
import { carriedFilters } from '../../components/url-filters-carried'
import { formatDigestDay } from '../../lib/format-date'
import { useReadState } from '../../lib/storage/use-reading-state'
import { useHydrated } from '../../lib/use-hydrated'
import type { EpisodeRef } from '../../schema/site-index'
import { archiveDayReading } from './archive-day-unread'

interface ArchiveDayCardProps {
  date: string
  /** The digest's title, or null where only the day is known (the filtered archive). */
  title: string | null
  episodes: readonly EpisodeRef[]
  showPodcast: boolean
}

/**
 * One digest in the archive: its day and how much of it is unread, its title
 * linking to it, and its episodes (only the unread ones under "Unread only",
 * and nothing at all when none is left).
 */
export function ArchiveDayCard({ date, title, episodes, showPodcast }: ArchiveDayCardProps) {
  const { isRead } = useReadState()
  const [unreadOnly] = useUnreadFilter()
  // The day opens filtered as the archive is (url-filters-carried.ts); the
  // prerendered archive was made unfiltered, and hydrates so.
  const { search } = useLocation()
  const filters = useHydrated() ? carriedFilters(search) : ''
  const reading = archiveDayReading(date, episodes, isRead, unreadOnly)
  if (reading.shown.length === 0) return null
  const day = <time dateTime={date}>{formatDigestDay(date)}</time>
  return (
    <article className="rounded-xl border border-stone-200 bg-white px-4 pt-3 pb-2 sm:px-5 sm:pt-4 dark:border-stone-800 dark:bg-stone-900">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {title !== null && day}
        {/* What the reader has read is known to the app only: without JavaScript, not shown. */}
        <span className="noscript:hidden">
          {title !== null && ' · '}
          <span className="font-semibold text-stone-900 dark:text-stone-100">{reading.label}</span>
        </span>
      </p>
      <h3 className="font-serif text-xl leading-snug font-bold text-stone-950 dark:text-stone-50">
        <Link
          to={`/digests/${date}${filters}`}
          className="inline-block py-1.5 hover:text-teal-800 hover:underline dark:hover:text-teal-300"
        >
          {title === null ? day : <EmojiText text={title} />}
        </Link>
      </h3>
      <EpisodeRefList episodes={reading.shown} showPodcast={showPodcast} />
    </article>
  )
}
