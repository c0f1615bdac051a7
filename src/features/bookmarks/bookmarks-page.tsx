import { useQueries } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { PageHeading } from '../../components/page-heading'
import { ShowMoreButton } from '../../components/show-more'
import { digestQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { countOf } from '../../lib/format-count'
import { refocusIfDropped } from '../../lib/refocus-if-dropped'
import {
  type Bookmark,
  type BookmarkRef,
  bookmarkKey,
  sameBookmark,
} from '../../lib/storage/bookmark-schema'
import { describeStorageProblem } from '../../lib/storage/describe-storage-problem'
import { loadedReadingStateStore } from '../../lib/storage/lazy-reading-state-store'
import { mergeIntoReadingState } from '../../lib/storage/reading-state-merge'
import type { CorruptCopy } from '../../lib/storage/record-store'
import { useBookmarkStore, useBookmarks } from '../../lib/storage/use-bookmarks'
import { useReadingSettings, useReadingSettingsStore } from '../../lib/storage/use-reading-settings'
import { useReadingRecord, useReadingStateStore } from '../../lib/storage/use-reading-state'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useKeptCount, useKeptScroll } from '../../lib/use-kept-place'
import { BookmarkList } from './bookmark-list'
import { BookmarkToolbar } from './bookmark-toolbar'
import { quietButton } from './button-styles'
import { CorruptDataNotice } from './corrupt-data-notice'
import { bookmarkCount, groupBookmarks, type PublishedDigest } from './group-bookmarks'
import { useFocusKeptInList } from './use-focus-kept-in-list'
import { useRoomUnderPinnedBar } from './use-room-under-pinned-bar'

/**
 * Days of bookmarks shown at first, and added by "Show older bookmarks".
 * Each day shown asks for its digest, to tell a section that left it: a
 * year of bookmarking asked for hundreds of digests at once.
 */
const DAYS_PER_PAGE = 20

/** One removal Undo can take back: what it took, and how the status line names it. */
interface Removal {
  bookmarks: readonly Bookmark[]
  what: string
}

/** Route module for `/bookmarks` (mounted with react-router `lazy`). */
export function Component() {
  useDocumentTitle('Bookmarks')
  const store = useBookmarkStore()
  const { value, problem, corruptCopies } = useBookmarks()
  const { bookmarks } = value
  const readingStore = useReadingStateStore()
  const reading = useReadingRecord()
  const settingsStore = useReadingSettingsStore()
  const settings = useReadingSettings()
  const [message, setMessage] = useState('')
  // The removals since the last other message, newest last, for Undo: a
  // bookmark is never lost to a slip. Enter pressed twice on "Remove all…"
  // used to empty the list; on a row's Remove (focus moves to the next row's)
  // it removed two, and Undo knew only the second.
  const [removals, setRemovals] = useState<readonly Removal[]>([])
  const say = (text: string) => {
    setMessage(text)
    setRemovals([])
  }
  const sayRemoved = (text: string, removal: Removal) => {
    setMessage(text)
    setRemovals((earlier) => [...earlier, removal])
  }
  const headingRef = useRef<HTMLHeadingElement>(null)

  // How many days are shown, and where the reader was, come back with Back.
  const { key } = useLocation()
  const { count: daysShown, grow, restored } = useKeptCount('bookmarkDays', DAYS_PER_PAGE)
  useKeptScroll(key, restored)
  const list = useRef<HTMLDivElement>(null)
  useFocusKeptInList(list, headingRef)
  const statusBar = useRef<HTMLDivElement>(null)
  useRoomUnderPinnedBar(statusBar, message !== '')

  // One request per day shown, shared with the episode pages' cache: that
  // is how a section that left the digest is recognised. ISO dates sort as
  // strings; newest first, as the groups are.
  const dates = [...new Set(bookmarks.map((bookmark) => bookmark.date))].sort().reverse()
  const shownDates = dates.slice(0, daysShown)
  const digests = useQueries({ queries: shownDates.map((date) => digestQuery(date)) })
  const published = (date: string): PublishedDigest => {
    const result = digests[shownDates.indexOf(date)]
    if (!result) return undefined
    if (result.data) return result.data
    return isNotFound(result.error) ? 'missing' : undefined
  }
  const allGroups = groupBookmarks(bookmarks, published)
  const groups = allGroups.slice(0, daysShown)
  const olderCount = bookmarkCount(allGroups.slice(daysShown))

  // Discarding a copy takes its row away, and the last one its whole notice,
  // with the focused button: focus goes on to the next Discard, else the
  // heading, never to <body>.
  const discard = (drop: (copy: CorruptCopy) => void) => (copy: CorruptCopy) => {
    drop(copy)
    setMessage('Discarded the unreadable data.')
    refocusIfDropped(
      () => document.querySelector<HTMLElement>('[data-discard-copy]') ?? headingRef.current,
    )
  }

  function remove(ref: BookmarkRef, title: string) {
    // Focus goes on to the next row's Remove, else the heading: useFocusKeptInList
    // does it for every row that goes, removed here or in another tab.
    const removed = bookmarks.filter((bookmark) => sameBookmark(bookmark, ref))
    store.remove(ref)
    sayRemoved(`Removed the bookmark for “${title}”.`, { bookmarks: removed, what: `“${title}”` })
  }

  function undo() {
    const last = removals.at(-1)
    if (!last) return
    const rest = removals.slice(0, -1)
    // Saved as they were (date saved included), never twice.
    const { added } = store.merge(last.bookmarks)
    const earlier = rest.at(-1)
    setMessage(
      `Restored ${countOf(added, 'bookmark')}.${earlier ? ` Undo again to restore ${earlier.what}.` : ''}`,
    )
    setRemovals(rest)
    // With more to undo the button stays, and focus on it. Else it goes:
    // focus returns to the row brought back (where the reader was when it
    // was removed), or to the heading after "Remove all".
    if (earlier) return
    const [only] = last.bookmarks
    refocusIfDropped(
      () =>
        (last.bookmarks.length === 1 && only
          ? document.querySelector<HTMLElement>(
              `[data-remove-bookmark="${CSS.escape(bookmarkKey(only))}"]`,
            )
          : null) ?? headingRef.current,
    )
  }

  return (
    <div className="max-w-3xl">
      <PageHeading
        ref={headingRef}
        lead={
          <>
            {bookmarks.length === 0
              ? 'Sections you bookmark are kept in this browser.'
              : `${countOf(bookmarks.length, 'section')} saved in this browser.`}{' '}
            “Export your data” saves them in one file together with your reading progress (what you
            marked read and where you left off); “Import data” adds such a file to what is here.
          </>
        }
      >
        Bookmarks
      </PageHeading>

      {problem ? (
        <p
          role="alert"
          className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm leading-relaxed text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          {describeStorageProblem(problem)}
        </p>
      ) : null}
      {!problem && reading.problem ? (
        <p
          role="alert"
          className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm leading-relaxed text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          {describeStorageProblem(reading.problem, 'reading progress')}
        </p>
      ) : null}
      <CorruptDataNotice copies={corruptCopies} onDiscard={discard(store.discardCorruptCopy)} />
      <CorruptDataNotice
        kind="reading-progress"
        copies={reading.corruptCopies}
        onDiscard={discard(readingStore.discardCorruptCopy)}
      />
      <CorruptDataNotice
        kind="reading-settings"
        copies={settings.corruptCopies}
        onDiscard={discard(settingsStore.discardCorruptCopy)}
      />

      <BookmarkToolbar
        bookmarks={bookmarks}
        reading={reading.value.episodes}
        loadReading={async () =>
          (await loadedReadingStateStore(readingStore)).getSnapshot().value.episodes
        }
        onImport={store.merge}
        onImportReading={(entries) => mergeIntoReadingState(readingStore, entries)}
        onRemoveAll={() => {
          const count = bookmarks.length
          store.clear()
          sayRemoved(`Removed all ${countOf(count, 'bookmark')}.`, {
            bookmarks,
            what: `all ${countOf(count, 'bookmark')}`,
          })
          headingRef.current?.focus()
        }}
        onMessage={say}
      />
      {/* While it has something to say it stays in view, under the header (sticky from
          `sm`, h-14): a row removed far down the list vanished with its message and Undo
          at the top of the page, scrolled away. The scroll padding grows to its height while
          pinned (use-room-under-pinned-bar.ts): wrapped on a phone, it is more than 3rem. */}
      <div
        ref={statusBar}
        className={`mt-3 flex min-h-10 items-center gap-x-3 ${message ? 'sticky top-0 z-20 -mx-2 rounded-b-lg border-b border-stone-200 bg-stone-50 px-2 py-1 shadow-sm sm:top-14 dark:border-stone-800 dark:bg-stone-950' : ''}`}
      >
        {/* Always present, so what is written into it is announced. */}
        <p role="status" className="min-w-0 flex-1 text-sm text-stone-700 dark:text-stone-300">
          {message}
        </p>
        {removals.length > 0 ? (
          <button type="button" className={`${quietButton} shrink-0`} onClick={undo}>
            Undo
          </button>
        ) : null}
      </div>

      {bookmarks.length === 0 ? (
        <div className="mt-6 rounded-xl border border-dashed border-stone-300 p-8 text-center dark:border-stone-700">
          <p className="font-medium">No bookmarks yet</p>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Use the bookmark button beside any section of an episode to keep it here.
          </p>
          <Link
            to="/"
            className="mt-4 inline-block rounded-sm font-medium text-teal-700 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-teal-300"
          >
            Read the latest digest
          </Link>
        </div>
      ) : (
        <>
          <BookmarkList ref={list} groups={groups} onRemove={remove} />
          {olderCount > 0 && (
            <ShowMoreButton
              action="Show older bookmarks"
              more={olderCount}
              onMore={() => grow(DAYS_PER_PAGE)}
              list={list}
              shown={groups.length}
            />
          )}
        </>
      )}
    </div>
  )
}
