import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

export const UNREAD_PARAM = 'unread'

/**
 * "Unread only" lives in the URL (`?unread=1`) like the podcast filter, so it
 * survives a reload, follows back/forward and combines with `?podcast=`.
 */
export function useUnreadFilter(): [boolean, (next: boolean) => void] {
  const [params, setParams] = useSearchParams()
  const unreadOnly = params.get(UNREAD_PARAM) === '1'
  const setUnreadOnly = useCallback(
    (next: boolean) => {
      setParams((current) => {
        const updated = new URLSearchParams(current)
        if (next) updated.set(UNREAD_PARAM, '1')
        else updated.delete(UNREAD_PARAM)
        return updated
      })
    },
    [setParams],
  )
  return [unreadOnly, setUnreadOnly]
}
