import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import { lazyReadingStateStore } from './lazy-reading-state-store'
import { isRead, unreadCount } from './reading-state'
import type { ReadingStateRecord } from './reading-state-schema'
import type { ReadingStateStore } from './reading-state-store'
import type { RecordSnapshot } from './record-store'

/** Tests hand in a store of their own; the app uses the tab's shared one. */
export const ReadingStateStoreContext = createContext<ReadingStateStore | null>(null)

export function useReadingStateStore(): ReadingStateStore {
  return useContext(ReadingStateStoreContext) ?? lazyReadingStateStore
}

/** The whole record, re-rendering on every change made in this tab or another. */
export function useReadingRecord(): RecordSnapshot<ReadingStateRecord> {
  const store = useReadingStateStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot)
}

export interface ReadState {
  isRead: (date: string, episodeSlug: string) => boolean
  /** How many of a digest's episodes (their slugs) are unread. */
  unreadCount: (date: string, episodeSlugs: readonly string[]) => number
}

/**
 * Read marks for any page that lists episodes (overview, archive, podcast
 * pages): `const { isRead, unreadCount } = useReadState()`. Kept in step with
 * other tabs; answers from the stored record, so it costs no request.
 */
export function useReadState(): ReadState {
  const { value } = useReadingRecord()
  return {
    isRead: useCallback((date, slug) => isRead(value, date, slug), [value]),
    unreadCount: useCallback((date, slugs) => unreadCount(value, date, slugs), [value]),
  }
}
