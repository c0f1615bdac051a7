import { startTransition, useCallback, useEffect, useOptimistic } from 'react'
import { useSearchParams } from 'react-router'
import * as v from 'valibot'
import { useHydrated } from '../lib/use-hydrated'
import { slug } from '../schema/digest'
import { PODCAST_PARAM, UNREAD_PARAM } from './filter-params'

// The reader's filters live in the URL's query, so a filtered view can be
// shared, survives a reload and follows back/forward. One module for both
// (and the hook they share): the overview loads them together.

export { PODCAST_PARAM, UNREAD_PARAM } from './filter-params'

/**
 * The podcast shown (`?podcast=<slug>`), or null for all podcasts. A malformed
 * value reads as "All podcasts" instead of breaking the page.
 */
export function parsePodcastParam(params: URLSearchParams): string | null {
  const value = params.get(PODCAST_PARAM)
  return value && v.is(slug, value) ? value : null
}

const podcastFilter: UrlFilter<string | null> = {
  param: PODCAST_PARAM,
  read: parsePodcastParam,
  write: (podcast) => podcast,
  unfiltered: null,
}

export function usePodcastFilter(): [string | null, (next: string | null) => void] {
  return useUrlFilter(podcastFilter)
}

/** "Unread only" (`?unread=1`): combines with the podcast filter. */
const unreadFilter: UrlFilter<boolean> = {
  param: UNREAD_PARAM,
  read: (params) => params.get(UNREAD_PARAM) === '1',
  write: (unreadOnly) => (unreadOnly ? '1' : null),
  unfiltered: false,
}

export function useUnreadFilter(): [boolean, (next: boolean) => void] {
  return useUrlFilter(unreadFilter)
}

/** How a filter's value is kept in one query parameter: `write` gives null to remove it. */
export interface UrlFilter<T> {
  param: string
  read: (params: URLSearchParams) => T
  write: (value: T) => string | null
  /** The value a page prerendered at build time was made with. */
  unfiltered: T
}

/** A value kept in the address's query (filters, and the archive's month: archive-month-jump.tsx). */
export function useUrlFilter<T>(filter: UrlFilter<T>): [T, (next: T) => void] {
  const { param, read, write, unfiltered } = filter
  const [params, setParams] = useSearchParams()
  // A prerendered page was made unfiltered: it hydrates so, then filters. A
  // filtered first render did not match the HTML: React threw the page away,
  // or (a control hydrated in place) left a box unticked that the URL ticks.
  const hydrated = useHydrated()
  // The router moves to the new URL in a transition; until it lands, the
  // control shows the reader's choice rather than snapping back to the old one.
  const [value, showValue] = useOptimistic(hydrated ? read(params) : unfiltered)
  const set = useCallback(
    (next: T) => {
      startTransition(() => {
        showValue(next)
        const current = unrendered(params)
        const replace = continuesRun(param, current)
        const updated = new URLSearchParams(current)
        const written = write(next)
        if (written === null) updated.delete(param)
        else updated.set(param, written)
        pendingWrite = { seen: params.toString(), updated }
        setParams(updated, { replace })
        lastChange = { param, query: updated.toString(), at: Date.now() }
      })
    },
    [param, write, params, setParams, showValue],
  )
  // Once the page has rendered a change, the router's own params are current.
  useEffect(() => {
    if (pendingWrite && pendingWrite.seen !== params.toString()) pendingWrite = null
  }, [params])
  return [value, set]
}

/**
 * The query a filter change made that the page has not rendered yet. Two
 * filters changed before it renders again (a podcast chosen, then "Unread
 * only" ticked, in one go) each started from the params that render saw, and
 * the second dropped the first; the second now starts from the first's.
 */
let pendingWrite: { seen: string; updated: URLSearchParams } | null = null

function unrendered(params: URLSearchParams): URLSearchParams {
  return pendingWrite && pendingWrite.seen === params.toString() ? pendingWrite.updated : params
}

/**
 * One history entry for a quick run of changes to the same control: arrow
 * keys on a closed drop-down choose every option they pass (five presses made
 * five entries, and five downloads of a podcast's file on the archive), and
 * Back then stepped through them. A change within RUN_MS of the one before,
 * of the same filter, on the entry that one made, replaces that entry: Back
 * returns to before the run. Choices further apart are steps of their own.
 */
const RUN_MS = 2000
let lastChange: { param: string; query: string; at: number } | null = null

/** Whether a change of `param` from the query `current` continues the last change's run. */
function continuesRun(param: string, current: URLSearchParams): boolean {
  return (
    lastChange !== null &&
    lastChange.param === param &&
    lastChange.query === current.toString() &&
    Date.now() - lastChange.at < RUN_MS
  )
}
