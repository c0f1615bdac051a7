import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { digestQuery } from '../../data/queries'
import { formatDigestDate } from '../../lib/format-date'

export type Neighbours = { older: string | null; newer: string | null }

/** Previous digest, archive, next digest; the two ends stay blank (same height) until the index is known. */
export function DigestPager({ neighbours }: { neighbours: Neighbours | null }) {
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
