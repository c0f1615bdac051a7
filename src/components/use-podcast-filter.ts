import { startTransition, useCallback, useOptimistic } from 'react'
import { useSearchParams } from 'react-router'
import { useHydrated } from '../lib/use-hydrated'
import { slug } from '../schema/digest'

export const PODCAST_PARAM = 'podcast'

/**
 * The podcast filter lives in the URL (`?podcast=<slug>`) so a filtered view
 * can be shared, survives a reload and follows back/forward. A malformed value
 * reads as "All podcasts" instead of breaking the page.
 */
export function parsePodcastParam(params: URLSearchParams): string | null {
  const value = params.get(PODCAST_PARAM)
  return value && slug.safeParse(value).success ? value : null
}

export function usePodcastFilter(): [string | null, (next: string | null) => void] {
  const [params, setParams] = useSearchParams()
  // A prerendered page was made unfiltered: it hydrates so, then filters (a
  // filtered first render did not match the HTML, and React threw it away).
  const hydrated = useHydrated()
  // The router moves to the new URL in a transition; until it lands, the
  // control shows the reader's choice rather than snapping back to the old one.
  const [selected, showSelected] = useOptimistic(hydrated ? parsePodcastParam(params) : null)
  const select = useCallback(
    (next: string | null) => {
      startTransition(() => {
        showSelected(next)
        setParams((current) => {
          const updated = new URLSearchParams(current)
          if (next) updated.set(PODCAST_PARAM, next)
          else updated.delete(PODCAST_PARAM)
          return updated
        })
      })
    },
    [setParams, showSelected],
  )
  return [selected, select]
}
