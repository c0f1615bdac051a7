import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { useAnnounce } from '../../components/announcer'
import {
  describeStorageProblem,
  describeStorageRecovered,
  type StoredSubject,
} from '../../lib/storage/describe-storage-problem'
import type { StorageProblem } from '../../lib/storage/record-store'
import { useBookmarks } from '../../lib/storage/use-bookmarks'
import { useReadingRecord } from '../../lib/storage/use-reading-state'

/**
 * What keeps this page's bookmarks or reading progress from being saved,
 * shown above the sections and said when it starts. A full storage used to
 * show a notice for bookmarks only, as plain text no screen reader heard,
 * while "Marked as read." was announced over a mark that a reload would lose.
 */
export function StorageNotices() {
  const bookmarks = useBookmarks().problem
  const reading = useReadingRecord().problem
  useSayWhenItChanges(bookmarks, 'bookmarks')
  useSayWhenItChanges(reading, 'reading progress')
  if (!bookmarks && !reading) return null
  return (
    <div
      role="note"
      aria-label="Not saved in this browser"
      className="mt-3 space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {bookmarks && bookmarks === reading && bookmarks !== 'blocked' ? (
        <p>{describeStorageProblem(bookmarks, 'both')}</p>
      ) : (
        <>
          {bookmarks ? <p>{describeStorageProblem(bookmarks)}</p> : null}
          {reading ? <p>{describeStorageProblem(reading, 'reading progress')}</p> : null}
        </>
      )}
      <p>
        <Link to="/bookmarks" className="font-medium underline underline-offset-2">
          Your bookmarks and data
        </Link>
      </p>
    </div>
  )
}

/**
 * Announces a problem when it appears, changes or ends: after the confirmation of
 * the change that met it ("Bookmarked …"), which it replaces, since the
 * confirmation alone would say the change was kept. Not on arrival at a page
 * that already shows it. When it ends, says so: the problem's message would
 * otherwise stay on screen saying changes are kept only in this tab after
 * they were saved.
 */
function useSayWhenItChanges(problem: StorageProblem | null, subject: StoredSubject) {
  const announce = useAnnounce()
  const said = useRef(problem)
  useEffect(() => {
    if (problem && problem !== said.current) announce(describeStorageProblem(problem, subject))
    else if (!problem && said.current) announce(describeStorageRecovered(subject))
    said.current = problem
  }, [problem, subject, announce])
}
