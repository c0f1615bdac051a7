import { type UrlFilter, useUrlFilter } from '../../components/use-url-filter'

export const UNREAD_PARAM = 'unread'

/** "Unread only" (`?unread=1`): like the podcast filter, and combines with it. */
const unreadFilter: UrlFilter<boolean> = {
  param: UNREAD_PARAM,
  read: (params) => params.get(UNREAD_PARAM) === '1',
  write: (unreadOnly) => (unreadOnly ? '1' : null),
  unfiltered: false,
}

export function useUnreadFilter(): [boolean, (next: boolean) => void] {
  return useUrlFilter(unreadFilter)
}
