import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import { PodcastFilter } from '../../components/podcast-filter'
import { usePodcastFilter } from '../../components/use-podcast-filter'
import { digestQuery } from '../../data/queries'
import { formatDigestDate, formatDigestDay } from '../../lib/format-date'
import { useHydrated } from '../../lib/use-hydrated'
import type { Digest } from '../../schema/digest'
import type { SiteIndex } from '../../schema/site-index'
import { ContinueReadingCard } from './continue-reading-card'
import { digestNeighbours } from './digest-neighbours'
import { DigestReadStatus } from './digest-read-status'
import { TopPodcastList } from './top-podcast-list'
import { UnreadFilter } from './unread-filter'
import { useUnreadFilter } from './use-unread-filter'

interface DigestDayProps {
  digest: Digest
  /** Only for the links to the previous and next digest: the day shows without it. */
  index: SiteIndex | undefined
  /** The overview says "Latest digest" above the title. */
  isLatest: boolean
}

/** One day's digest: what the overview and `/digests/<date>` both show. */
export function DigestDay({ digest, index, isLatest }: DigestDayProps) {
  const [podcast] = usePodcastFilter()
  const [unreadOnly] = useUnreadFilter()
  // A prerendered day was made without the index: hydrate as it was made.
  const hydrated = useHydrated()
  const neighbours = index && hydrated ? digestNeighbours(index, digest.date) : null
  const podcasts = uniqueBySlug(
    digest.episodes.map((e) => ({ slug: e.podcastSlug, name: e.podcast })),
  )
  return (
    <article aria-labelledby="digest-title">
      <header className="border-b border-stone-200 pb-6 dark:border-stone-800">
        <p className="text-sm font-medium text-stone-500 dark:text-stone-400">
          {isLatest ? 'Latest digest · ' : ''}
          {digest.site || 'Digest'} ·{' '}
          <time dateTime={digest.date}>{formatDigestDay(digest.date)}</time>
        </p>
        <h1
          id="digest-title"
          className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl"
        >
          <EmojiText text={digest.title} />
        </h1>
        <DigestReadStatus digest={digest} />
      </header>

      {isLatest ? <ContinueReadingCard /> : null}

      <section aria-labelledby="top-podcasts" className="mt-8">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <h2 id="top-podcasts" className="text-xl font-semibold">
            Top Podcast
          </h2>
          <div className="flex max-w-full min-w-0 flex-wrap items-center gap-x-5 gap-y-2">
            {podcasts.length > 0 && <PodcastFilter podcasts={podcasts} />}
            <UnreadFilter />
          </div>
        </div>
        <TopPodcastList digest={digest} podcast={podcast} unreadOnly={unreadOnly} />
      </section>

      <DigestPager neighbours={neighbours} />
    </article>
  )
}

type Neighbours = { older: string | null; newer: string | null }

/** Previous digest, archive, next digest; the two ends stay blank (same height) until the index is known. */
function DigestPager({ neighbours }: { neighbours: Neighbours | null }) {
  const { older, newer } = neighbours ?? { older: null, newer: null }
  const known = neighbours !== null
  const queryClient = useQueryClient()
  const prefetch = (date: string) => () => void queryClient.prefetchQuery(digestQuery(date))
  const link =
    'flex min-h-10 flex-col justify-center rounded-lg border border-stone-200 px-4 py-2 hover:border-teal-600 dark:border-stone-800 dark:hover:border-teal-400'
  return (
    <nav aria-label="Other digests" className="mt-10 grid gap-3 sm:grid-cols-3">
      {older ? (
        <Link
          to={`/digests/${older}`}
          rel="prev"
          className={link}
          onMouseEnter={prefetch(older)}
          onFocus={prefetch(older)}
        >
          <span className="text-xs text-stone-500 dark:text-stone-400">Previous digest</span>
          <span className="font-medium">{formatDigestDate(older)}</span>
        </Link>
      ) : (
        <span className="px-4 py-2 text-sm text-stone-500 dark:text-stone-400">
          {known ? 'This is the first digest.' : ''}
        </span>
      )}
      <Link to="/digests" className={`${link} sm:text-center`}>
        <span className="text-xs text-stone-500 dark:text-stone-400">All digests</span>
        <span className="font-medium">Archive</span>
      </Link>
      {newer ? (
        <Link
          to={`/digests/${newer}`}
          rel="next"
          className={`${link} sm:text-right`}
          onMouseEnter={prefetch(newer)}
          onFocus={prefetch(newer)}
        >
          <span className="text-xs text-stone-500 dark:text-stone-400">Next digest</span>
          <span className="font-medium">{formatDigestDate(newer)}</span>
        </Link>
      ) : (
        <span className="px-4 py-2 text-sm text-stone-500 sm:text-right dark:text-stone-400">
          {known ? 'This is the latest digest.' : ''}
        </span>
      )}
    </nav>
  )
}

function uniqueBySlug<T extends { slug: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.slug, item])).values()]
}
