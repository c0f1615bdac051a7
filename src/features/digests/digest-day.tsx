import { EmojiText } from '../../components/emoji-text'
import { lazySlot } from '../../components/lazy-slot'
import { PodcastFilter } from '../../components/podcast-filter'
import { usePodcastFilter, useUnreadFilter } from '../../components/url-filters'
import { formatDigestDay } from '../../lib/format-date'
import type { Digest } from '../../schema/digest'
import { ContinueCardStandIn } from './continue-card-look'
import { PAGER_PLACEHOLDER } from './pager-size'
import { ReadStatusPlaceholder } from './read-status-row'
import { TopPodcastList } from './top-podcast-list'

// The reader's own progress (unread count, "mark all read", "continue where
// you left off") comes from local storage through the lazily loaded reading
// store, so it arrives a moment after the digest anyway: its own chunk, off
// the overview's first-load budget. Its placeholder takes the room it will
// (read-status-row.tsx).
const DigestReadStatus = lazySlot(
  () => import('./digest-read-status').then((module) => module.DigestReadStatus),
  ReadStatusPlaceholder,
)
// Its placeholder is the label's own box, unseen: a box of fixed width (w-28)
// was 3 px wider, and the filters beside it moved when it came.
const UnreadFilter = lazySlot(
  () => import('./unread-filter').then((module) => module.UnreadFilter),
  <span className="flex min-h-10 items-center gap-2 text-sm font-medium invisible">
    <span className="size-4" />
    Unread only
  </span>,
)
// Previous and next digest need the site index, which may arrive later still
// (the pager reads it itself).
const DigestPager = lazySlot(
  () => import('./digest-pager').then((module) => module.DigestPager),
  <div className={PAGER_PLACEHOLDER} />,
)
const ContinueReadingCard = lazySlot(
  () => import('./continue-reading-card').then((module) => module.ContinueReadingCard),
  null,
)

interface DigestDayProps {
  digest: Digest
  /** The overview says "Latest digest" above the title. */
  isLatest: boolean
}

/** One day's digest: what the overview and `/digests/<date>` both show. */
export function DigestDay({ digest, isLatest }: DigestDayProps) {
  const [podcast] = usePodcastFilter()
  const [unreadOnly] = useUnreadFilter()
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

      {isLatest ? (
        <>
          <ContinueCardStandIn />
          <ContinueReadingCard />
        </>
      ) : null}

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
        {/* Hidden while a filter in the address is not applied yet (public/theme-init.js). */}
        <div data-filtered-list>
          <TopPodcastList digest={digest} podcast={podcast} unreadOnly={unreadOnly} />
        </div>
      </section>

      <DigestPager date={digest.date} />
    </article>
  )
}

function uniqueBySlug<T extends { slug: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.slug, item])).values()]
}
