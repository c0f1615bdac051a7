import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { carriedFilters } from '../../components/url-filters-carried'
import { siteIndexQuery } from '../../data/queries'
import { formatDigestDate } from '../../lib/format-date'
import { useHydrated } from '../../lib/use-hydrated'
import { neighbourDates } from '../../schema/archive-dates'
import { PAGER_END_HEIGHT } from './pager-size'

const linkClass =
  'flex min-h-10 flex-col justify-center rounded-lg border border-stone-200 px-4 py-2 hover:border-teal-600 dark:border-stone-800 dark:hover:border-teal-400'

/**
 * Previous digest, archive, next digest; the two ends stay blank (same
 * height) until the site index is known. The pager reads the index itself:
 * passed down as a prop, its arrival reached this lazily loaded part before
 * its chunk had, and React swapped the prerendered pager for its fallback.
 */
export function DigestPager({ date }: { date: string }) {
  const index = useQuery(siteIndexQuery()).data
  // A prerendered day was made without the index: hydrate as it was made.
  const hydrated = useHydrated()
  const neighbours = index && hydrated ? neighbourDates(index.months, date) : null
  const known = neighbours !== null
  // The reader's filters go with them to the next day and to the archive
  // (url-filters-carried.ts); a prerendered day was made unfiltered, so its
  // links are too until it is hydrated.
  const { search } = useLocation()
  const filters = hydrated ? carriedFilters(search) : ''
  return (
    <nav aria-label="Other digests" className="mt-10 grid gap-3 sm:grid-cols-3">
      <PagerEnd
        date={neighbours?.older ?? null}
        rel="prev"
        filters={filters}
        label="Previous digest"
        none={known ? 'This is the first digest.' : ''}
        align=""
      />
      <Link to={`/digests${filters}`} className={`${linkClass} sm:text-center`}>
        <span className="text-xs text-stone-500 dark:text-stone-400">All digests</span>
        <span className="font-medium">Archive</span>
      </Link>
      <PagerEnd
        date={neighbours?.newer ?? null}
        rel="next"
        filters={filters}
        label="Next digest"
        none={known ? 'This is the latest digest.' : ''}
        align="sm:text-right"
      />
    </nav>
  )
}

interface PagerEndProps {
  date: string | null
  rel: 'prev' | 'next'
  /** The reader's filters, as a query to carry ('' for none). */
  filters: string
  label: string
  /** Said where there is no digest on this side. */
  none: string
  align: string
}

/** One end of the pager: a link to that digest, or a quiet line. */
function PagerEnd({ date, rel, filters, label, none, align }: PagerEndProps) {
  if (!date) {
    // As tall as a link (two lines, padding, border): on a phone the ends
    // stack, and a blank end (the index not in yet) that became a link, or a
    // line of text, moved the archive link under it on a short filtered day.
    return (
      <span
        className={`flex ${PAGER_END_HEIGHT} flex-col justify-center px-4 py-2 text-sm text-stone-500 dark:text-stone-400 ${align}`}
      >
        {none}
      </span>
    )
  }
  // Its digest is fetched when the reader heads for it, as for every link (app/prefetch-on-intent.ts).
  return (
    <Link to={`/digests/${date}${filters}`} rel={rel} className={`${linkClass} ${align}`}>
      <span className="text-xs text-stone-500 dark:text-stone-400">{label}</span>
      <span className="font-medium">{formatDigestDate(date)}</span>
    </Link>
  )
}
