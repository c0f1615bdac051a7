import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigationType } from 'react-router'
import { monthQuery } from '../../data/queries'
import { useHydrated } from '../../lib/use-hydrated'
import { useKeptScroll } from '../../lib/use-kept-place'
import { keepInArchiveEntry, readArchiveEntry } from './archive-entry'
import { ArchiveLoadMore } from './archive-load-more'
import { ArchiveMonth } from './archive-month'
import { archiveWindow, MAX_MONTHS } from './archive-window'

/** The newest month first; more load on scroll or on request, up to the window. */
const FIRST_MONTHS = 1

/** Set on the Newer/Older links, so the window they open starts with focus on its first month. */
const MOVED = { archiveWindowMoved: true }

function movedHere(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'archiveWindowMoved' in state
}

interface ArchiveByMonthProps {
  /** Every month of the archive, newest first (from index.json). */
  months: readonly string[]
  /** `?from=YYYY-MM`: the first month of the window, or null for the newest. */
  from: string | null
}

/**
 * Every digest, month by month, inside a window of a few months
 * (archive-window.ts): each month file is fetched only when its month is
 * shown, and the DOM holds a few hundred rows however long the archive is.
 * The page keys this by `from`, so a new window starts small again. How many
 * months were shown, and where, is kept in the history entry (archive-entry.ts):
 * Back to it shows the same months at the same place; a new visit starts small.
 */
export function ArchiveByMonth({ months, from }: ArchiveByMonthProps) {
  const queryClient = useQueryClient()
  const location = useLocation()
  const navigationType = useNavigationType()
  // Read once, as the window opens: what this entry showed when the reader left it.
  const [kept] = useState(() => readArchiveEntry(location.state))
  const [grown, setShown] = useState(kept.archiveShown ?? FIRST_MONTHS)
  // The prerendered archive shows the first month: it hydrates so, then grows
  // to what a reloaded entry showed.
  const hydrated = useHydrated()
  const shown = hydrated ? grown : FIRST_MONTHS
  const view = archiveWindow(months, from, shown)
  useEffect(() => {
    if (hydrated) keepInArchiveEntry(location.key, { archiveShown: grown })
  }, [hydrated, location.key, grown])
  // Following Newer/Older takes the reader to the new window's first month (and
  // focus with it); back/forward and reloads keep the browser's scroll position.
  const [focusMonth, setFocusMonth] = useState(() =>
    navigationType === 'PUSH' && movedHere(location.state) ? (view.months[0] ?? null) : null,
  )
  const canGrow = view.months.length === shown && shown < MAX_MONTHS
  // Not fetched while hydrating (ArchiveMonth says why). Load on scroll only
  // once the last month shown has arrived: while it is a short skeleton, the
  // button would look near and pull in months unread.
  const loaded = useQueries({
    queries: view.months.map((month) => ({ ...monthQuery(month), enabled: hydrated })),
    combine: (results) => results.map((result) => result.isSuccess),
  })
  const lastLoaded = loaded.at(-1) === true
  // Back to this entry: its place, once every month shown is on the page.
  useKeptScroll(location.key, loaded.every(Boolean))
  const nextMonth = months[months.indexOf(view.months.at(-1) ?? '') + 1] ?? null

  const showMore = (how: 'click' | 'scroll') => {
    setShown((n) => n + 1)
    // A press moves focus to what it revealed; loading on scroll leaves focus alone.
    if (how === 'click') setFocusMonth(nextMonth)
  }
  const prefetch = (month: string) => () => void queryClient.prefetchQuery(monthQuery(month))
  const pageLink =
    'inline-flex h-10 items-center rounded-md border border-stone-300 bg-white px-4 font-medium hover:border-teal-600 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-teal-400'

  if (months.length === 0) {
    return <p className="text-stone-600 dark:text-stone-300">No digests have been published yet.</p>
  }
  return (
    // What follows a month still loading ("Show older digests", "Older
    // digests") is not shown until it is in: below its short skeleton it
    // stood on the first screen and jumped down when the days came (a
    // layout shift on every `?from=` address; decision 0010). Invisible, not
    // removed: nothing else moves either way.
    <div className="space-y-8 [&>:has([data-skeleton])~*]:invisible">
      {view.newer && (
        <Link
          to={`/digests?from=${view.newer}`}
          state={MOVED}
          className={pageLink}
          onMouseEnter={prefetch(view.newer)}
          onFocus={prefetch(view.newer)}
        >
          ← Newer digests
        </Link>
      )}
      {view.months.map((month) => (
        <ArchiveMonth key={month} month={month} focus={month === focusMonth} />
      ))}
      {canGrow && nextMonth && (
        <ArchiveLoadMore
          label="Show older digests"
          onMore={showMore}
          auto={lastLoaded}
          shown={shown}
        />
      )}
      {view.older && (
        <Link
          to={`/digests?from=${view.older}`}
          state={MOVED}
          className={pageLink}
          onMouseEnter={prefetch(view.older)}
          onFocus={prefetch(view.older)}
        >
          Older digests →
        </Link>
      )}
    </div>
  )
}
