import { decodeBookmarkRecord } from './bookmark-migrations'
import {
  BOOKMARKS_VERSION,
  type Bookmark,
  type BookmarkRecord,
  type BookmarkRef,
  bookmarkKey,
  type NewBookmark,
  sameBookmark,
} from './bookmark-schema'
import {
  browserDeps,
  type CorruptCopy,
  createRecordStore,
  type RecordSnapshot,
  type RecordStoreDeps,
} from './record-store'

export const BOOKMARKS_KEY = 'digest-reader:bookmarks'

export interface MergeResult {
  added: number
  /** Already bookmarked (or repeated within the file). */
  skipped: number
}

export interface BookmarkStore {
  getSnapshot(): RecordSnapshot<BookmarkRecord>
  getServerSnapshot(): RecordSnapshot<BookmarkRecord>
  subscribe(listener: () => void): () => void
  add(bookmark: NewBookmark): void
  remove(ref: BookmarkRef): void
  /** Add when absent, remove when present; returns whether it is now bookmarked. */
  toggle(bookmark: NewBookmark): boolean
  clear(): void
  /** Merge bookmarks from an import; the ones already here (same section) are kept as they are. */
  merge(bookmarks: readonly Bookmark[]): MergeResult
  discardCorruptCopy(copy: CorruptCopy): void
}

export function isBookmarked(record: BookmarkRecord, ref: BookmarkRef): boolean {
  return record.bookmarks.some((bookmark) => sameBookmark(bookmark, ref))
}

/** New bookmarks go last: the list is kept in the order they were saved. */
export function mergeBookmarks(
  existing: readonly Bookmark[],
  incoming: readonly Bookmark[],
): { bookmarks: Bookmark[]; result: MergeResult } {
  const seen = new Set(existing.map(bookmarkKey))
  const bookmarks = [...existing]
  let added = 0
  let skipped = 0
  for (const bookmark of incoming) {
    const key = bookmarkKey(bookmark)
    if (seen.has(key)) {
      skipped += 1
      continue
    }
    seen.add(key)
    bookmarks.push(bookmark)
    added += 1
  }
  return { bookmarks, result: { added, skipped } }
}

export function createBookmarkStore(deps: RecordStoreDeps = browserDeps()): BookmarkStore {
  const store = createRecordStore<BookmarkRecord>(
    {
      key: BOOKMARKS_KEY,
      decode: decodeBookmarkRecord,
      empty: () => ({ version: BOOKMARKS_VERSION, bookmarks: [] }),
    },
    deps,
  )

  const withBookmarks = (record: BookmarkRecord, bookmarks: Bookmark[]): BookmarkRecord => ({
    ...record,
    bookmarks,
  })

  function add(bookmark: NewBookmark) {
    store.update((record) =>
      isBookmarked(record, bookmark)
        ? record
        : withBookmarks(record, [
            ...record.bookmarks,
            { ...bookmark, savedAt: new Date(deps.now()).toISOString() },
          ]),
    )
  }

  function remove(ref: BookmarkRef) {
    store.update((record) =>
      isBookmarked(record, ref)
        ? withBookmarks(
            record,
            record.bookmarks.filter((bookmark) => !sameBookmark(bookmark, ref)),
          )
        : record,
    )
  }

  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    add,
    remove,
    toggle(bookmark) {
      if (isBookmarked(store.getSnapshot().value, bookmark)) {
        remove(bookmark)
        return false
      }
      add(bookmark)
      return true
    },
    clear() {
      store.update((record) => (record.bookmarks.length === 0 ? record : withBookmarks(record, [])))
    },
    merge(incoming) {
      let outcome: MergeResult = { added: 0, skipped: 0 }
      store.update((record) => {
        const { bookmarks, result } = mergeBookmarks(record.bookmarks, incoming)
        outcome = result
        return result.added === 0 ? record : withBookmarks(record, bookmarks)
      })
      return outcome
    },
    discardCorruptCopy: store.discardCorruptCopy,
  }
}

let shared: BookmarkStore | null = null

/** The one store of this tab, created on first use (never at import time, so tests stay isolated). */
export function sharedBookmarkStore(): BookmarkStore {
  shared ??= createBookmarkStore()
  return shared
}
