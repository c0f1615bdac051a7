import { lazy, Suspense } from 'react'
import { EmojiText } from '../../components/emoji-text'
import { PodcastFilter } from '../../components/podcast-filter'
import { usePodcastFilter } from '../../components/use-podcast-filter'
import { formatDigestDay } from '../../lib/format-date'
import { useHydrated } from '../../lib/use-hydrated'
import type { Digest } from '../../schema/digest'
import type { SiteIndex } from '../../schema/site-index'
import { digestNeighbours } from './digest-neighbours'
import { TopPodcastList } from './top-podcast-list'
import { useUnreadFilter } from './use-unread-filter'

// The reader's own progress (unread count, "mark all read", "continue where
// you left off") comes from local storage through the lazily loaded reading
// store, so it arrives a moment after the digest anyway: its own chunk, off
// the overview's first-load budget. The row keeps its height meanwhile.
const DigestReadStatus = lazy(() =>
  import('./digest-read-status').then((module) => ({ default: module.DigestReadStatus })),
)
const UnreadFilter = lazy(() =>
  import('./unread-filter').then((module) => ({ default: module.UnreadFilter })),
)
// Previous and next digest need the site index, which may arrive later still.
const DigestPager = lazy(() =>
  import('./digest-pager').then((module) => ({ default: module.DigestPager })),
)
const ContinueReadingCard = lazy(() =>
  import('./continue-reading-card').then((module) => ({ default: module.ContinueReadingCard })),
)

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
        <Suspense fallback={<div className="mt-4 min-h-10" />}>
          <DigestReadStatus digest={digest} />
        </Suspense>
      </header>

      {isLatest ? (
        <Suspense fallback={null}>
          <ContinueReadingCard />
        </Suspense>
      ) : null}

      <section aria-labelledby="top-podcasts" className="mt-8">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <h2 id="top-podcasts" className="text-xl font-semibold">
            Top Podcast
          </h2>
          <div className="flex max-w-full min-w-0 flex-wrap items-center gap-x-5 gap-y-2">
            {podcasts.length > 0 && <PodcastFilter podcasts={podcasts} />}
            <Suspense fallback={<div className="min-h-10 w-28" />}>
              <UnreadFilter />
            </Suspense>
          </div>
        </div>
        <TopPodcastList digest={digest} podcast={podcast} unreadOnly={unreadOnly} />
      </section>

      <Suspense fallback={<div className="mt-10 min-h-16" />}>
        <DigestPager neighbours={neighbours} />
      </Suspense>
    </article>
  )
}

function uniqueBySlug<T extends { slug: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.slug, item])).values()]
}
