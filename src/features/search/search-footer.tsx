import { formatDigestDate } from '../../lib/format-date'
import type { SearchShardRef } from '../../schema/search'

interface SearchFooterProps {
  shown: number
  total: number
  onShowMore: () => void
  covered: { from: string; to: string } | null
  older: SearchShardRef | null
  loadingOlder: boolean
  onSearchOlder: () => void
}

const button =
  'inline-flex h-10 items-center rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 disabled:cursor-wait disabled:opacity-70 dark:border-stone-700 dark:hover:border-teal-400'

/** More of the same results, then how far back the search reached and a way further back. */
export function SearchFooter({
  shown,
  total,
  onShowMore,
  covered,
  older,
  loadingOlder,
  onSearchOlder,
}: SearchFooterProps) {
  return (
    <>
      {shown < total && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button type="button" onClick={onShowMore} className={button}>
            Show more results
          </button>
          <span className="text-sm text-stone-600 dark:text-stone-400">
            Showing {shown} of {total}
          </span>
        </div>
      )}
      {covered && (
        <div className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-3 border-t border-stone-200 pt-5 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p>
            {older ? 'Searched' : 'Searched the whole archive:'} digests from{' '}
            <time dateTime={covered.from}>{formatDigestDate(covered.from)}</time> to{' '}
            <time dateTime={covered.to}>{formatDigestDate(covered.to)}</time>.
          </p>
          {older && (
            <button
              type="button"
              onClick={onSearchOlder}
              disabled={loadingOlder}
              className={`${button} text-stone-900 dark:text-stone-100`}
            >
              {loadingOlder ? 'Searching older digests…' : 'Search older digests'}
            </button>
          )}
        </div>
      )}
    </>
  )
}
