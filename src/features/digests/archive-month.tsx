import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import { EpisodeRefList } from '../../components/episode-ref-list'
import { ErrorPanel } from '../../components/error-panel'
import { Skeleton } from '../../components/skeleton'
import { monthQuery } from '../../data/queries'
import { formatDigestDay } from '../../lib/format-date'

const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatMonth(month: string): string {
  const parsed = new Date(`${month}-01T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? month : monthName.format(parsed)
}

/** One month of the archive, fetched on its own so the archive loads month by month. */
export function ArchiveMonth({ month }: { month: string }) {
  const query = useQuery(monthQuery(month))
  const heading = (
    <h2 className="sticky top-0 z-10 -mx-1 sm:top-14 bg-stone-50/95 px-1 py-2 text-sm font-semibold tracking-wide text-stone-600 uppercase dark:bg-stone-950/95 dark:text-stone-300">
      {formatMonth(month)}
    </h2>
  )
  if (query.isError) {
    return (
      <section>
        {heading}
        <ErrorPanel
          error={query.error}
          onRetry={() => query.refetch()}
          title={`${formatMonth(month)} could not be loaded`}
          headingLevel={3}
        />
      </section>
    )
  }
  if (query.isPending) {
    return (
      <section>
        {heading}
        <Skeleton lines={6} label={`Loading ${formatMonth(month)}`} />
      </section>
    )
  }
  return (
    <section aria-label={formatMonth(month)}>
      {heading}
      <ol className="space-y-6">
        {query.data.digests.map((digest) => (
          <li key={digest.date}>
            <article className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={digest.date}>{formatDigestDay(digest.date)}</time>
              </p>
              <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                <Link
                  to={`/digests/${digest.date}`}
                  className="hover:text-teal-800 hover:underline dark:hover:text-teal-300"
                >
                  <EmojiText text={digest.title} />
                </Link>
              </h3>
              <EpisodeRefList episodes={digest.episodes} />
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
