import { useLayoutEffect, useRef } from 'react'
import { describeDataError } from '../../lib/data-error'
import { formatCount } from '../../lib/format-count'
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
  /**
   * Every older step, one after the other; null when it is not offered (one
   * step or none is left, or a step is on its way or has failed).
   */
  onSearchAll: (() => void) | null
  /** The older step failed: said here, where the reader asked for it, with its retry. */
  olderFailed: { error: unknown; retry: () => void } | null
}

const button =
  'inline-flex h-10 items-center rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 aria-disabled:cursor-wait aria-disabled:opacity-70 dark:border-stone-700 dark:hover:border-teal-400'

/** More of the same results, then how far back the search reached and a way further back. */
export function SearchFooter({
  shown,
  total,
  onShowMore,
  covered,
  older,
  loadingOlder,
  onSearchOlder,
  onSearchAll,
  olderFailed,
}: SearchFooterProps) {
  const summary = useRef<HTMLParagraphElement>(null)
  const olderButton = useRef<HTMLButtonElement>(null)
  const olderHasFocus = useRef(false)
  // The last step asked for is on its way: there is no older step to offer,
  // but the archive is not searched whole until it has arrived (at 10,000
  // digests that step is the largest, and took seconds while this said
  // "whole archive" with its dates still growing).
  const more = older !== null || olderFailed !== null || loadingOlder
  // With nothing older left the button goes, and a focused element that is
  // removed leaves focus on the page's body: a keyboard reader would start
  // again from the top. They land on what the button brought instead.
  useLayoutEffect(() => {
    if (more || !olderHasFocus.current) return
    olderHasFocus.current = false
    if (document.activeElement === document.body) summary.current?.focus()
  }, [more])
  return (
    <>
      {shown < total && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button type="button" onClick={onShowMore} className={button}>
            Show more results
          </button>
          <span className="text-sm text-stone-600 dark:text-stone-400">
            Showing {formatCount(shown)} of {formatCount(total)}
          </span>
        </div>
      )}
      {covered && (
        <div className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-3 border-t border-stone-200 pt-5 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p ref={summary} tabIndex={-1} className="outline-none">
            {more ? 'Searched' : 'Searched the whole archive:'}{' '}
            {covered.from === covered.to ? (
              // One day: "from February 3 to February 3" read as a slip.
              <>
                the digest of <time dateTime={covered.to}>{formatDigestDate(covered.to)}</time>.
              </>
            ) : (
              <>
                digests from <time dateTime={covered.from}>{formatDigestDate(covered.from)}</time>{' '}
                to <time dateTime={covered.to}>{formatDigestDate(covered.to)}</time>.
              </>
            )}
          </p>
          {olderFailed && (
            <p role="alert" className="basis-full text-red-800 dark:text-red-200">
              Older digests could not be searched: {describeDataError(olderFailed.error)}
            </p>
          )}
          {/* One button through loading, failure and retry, never disabled: a
              disabled button drops keyboard focus to the top of the page. */}
          {more && (
            <button
              ref={olderButton}
              type="button"
              onFocus={() => {
                olderHasFocus.current = true
              }}
              onBlur={() => {
                olderHasFocus.current = false
              }}
              onClick={() => {
                if (olderFailed) olderFailed.retry()
                else if (!loadingOlder) onSearchOlder()
              }}
              aria-disabled={loadingOlder || undefined}
              className={`${button} text-stone-900 dark:text-stone-100`}
            >
              {olderFailed ? (
                <>
                  Try again<span className="sr-only"> searching older digests</span>
                </>
              ) : loadingOlder ? (
                'Searching older digests…'
              ) : (
                'Search older digests'
              )}
            </button>
          )}
          {onSearchAll && (
            <button
              type="button"
              onClick={() => {
                // This button goes while the steps arrive: focus waits on the
                // one that says so, as if the reader had pressed that one.
                olderButton.current?.focus()
                onSearchAll()
              }}
              className={`${button} text-stone-900 dark:text-stone-100`}
            >
              Search the whole archive
            </button>
          )}
        </div>
      )}
    </>
  )
}
