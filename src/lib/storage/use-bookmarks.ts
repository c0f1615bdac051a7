import { createContext, useContext, useSyncExternalStore } from 'react'
import type { BookmarkRecord } from './bookmark-schema'
import { type BookmarkStore, sharedBookmarkStore } from './bookmark-store'
import type { RecordSnapshot } from './record-store'

/** Tests hand in a store of their own; the app uses the tab's shared one. */
export const BookmarkStoreContext = createContext<BookmarkStore | null>(null)

export function useBookmarkStore(): BookmarkStore {
  return useContext(BookmarkStoreContext) ?? sharedBookmarkStore()
}

/** The bookmarks, re-rendering on every change made in this tab or another. */
export function useBookmarks(): RecordSnapshot<BookmarkRecord> {
  const store = useBookmarkStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot)
}
