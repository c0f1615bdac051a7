import { startTransition, useCallback, useOptimistic } from 'react'
import { useSearchParams } from 'react-router'
import { useHydrated } from '../lib/use-hydrated'

/** How a filter's value is kept in one query parameter: `write` gives null to remove it. */
export interface UrlFilter<T> {
  param: string
  read: (params: URLSearchParams) => T
  write: (value: T) => string | null
  /** The value a page prerendered at build time was made with. */
  unfiltered: T
}

/**
 * A filter that lives in the URL's query, so a filtered view can be shared,
 * survives a reload and follows back/forward.
 */
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
        setParams((current) => {
          const updated = new URLSearchParams(current)
          const written = write(next)
          if (written === null) updated.delete(param)
          else updated.set(param, written)
          return updated
        })
      })
    },
    [param, write, setParams, showValue],
  )
  return [value, set]
}
