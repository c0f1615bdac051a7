import { startTransition, useCallback, useOptimistic } from 'react'
import { useSearchParams } from 'react-router'

export const UNREAD_PARAM = 'unread'

/**
 * "Unread only" lives in the URL (`?unread=1`) like the podcast filter, so it
 * survives a reload, follows back/forward and combines with `?podcast=`.
 */
export function useUnreadFilter(): [boolean, (next: boolean) => void] {
  const [params, setParams] = useSearchParams()
  // The router moves to the new URL in a transition; until it lands, the
  // checkbox shows the reader's click rather than flicking back.
  const [unreadOnly, showUnreadOnly] = useOptimistic(params.get(UNREAD_PARAM) === '1')
  const setUnreadOnly = useCallback(
    (next: boolean) => {
      startTransition(() => {
        showUnreadOnly(next)
        setParams((current) => {
          const updated = new URLSearchParams(current)
          if (next) updated.set(UNREAD_PARAM, '1')
          else updated.delete(UNREAD_PARAM)
          return updated
        })
      })
    },
    [setParams, showUnreadOnly],
  )
  return [unreadOnly, setUnreadOnly]
}
