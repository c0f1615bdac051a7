import type { StorageProblem } from './record-store'

export type StoredSubject = 'bookmarks' | 'reading progress' | 'both'

/** What a storage problem means for the reader, in their words (notices on every page that saves). */
export function describeStorageProblem(
  problem: StorageProblem,
  subject: StoredSubject = 'bookmarks',
): string {
  // One notice where both stores meet the same problem (a page that saves
  // both: an episode), not two that differ in one word.
  if (subject === 'both' && problem !== 'blocked') {
    return problem === 'unavailable'
      ? 'This browser is not letting Digest Reader save anything right now, so bookmarks and what you mark read last only until this tab is closed. What was saved earlier is not touched.'
      : 'Browser storage is full, so the latest bookmarks and reading progress are kept only in this tab. Free some space (or export your data) to keep them.'
  }
  if (subject === 'reading progress') {
    switch (problem) {
      case 'unavailable':
        return 'This browser is not letting Digest Reader save anything right now, so what you mark read and where you left off last only until this tab is closed.'
      case 'quota':
        return 'Browser storage is full, so the latest reading progress is kept only in this tab. Free some space (or export your data) to keep it.'
      case 'blocked':
        return 'Saved reading progress could not be read and could not be set aside either, so nothing new is saved until you download or discard it below.'
    }
  }
  switch (problem) {
    case 'unavailable':
      return 'This browser is not letting Digest Reader save anything right now, so bookmarks last only until this tab is closed. Bookmarks saved earlier are not touched.'
    case 'quota':
      return 'Browser storage is full, so the latest bookmark changes are kept only in this tab. Free some space (or export your bookmarks) to keep them.'
    case 'blocked':
      return 'Saved bookmarks could not be read and could not be set aside either, so nothing is saved until you download or discard them on the Bookmarks page. Your changes last until this tab is closed.'
  }
}

/**
 * Said when a problem ends (room made by another record, a copy dealt with):
 * the notice that said changes were kept only in this tab no longer holds.
 */
export function describeStorageRecovered(subject: StoredSubject = 'bookmarks'): string {
  if (subject === 'reading progress') return 'Your reading progress is saved in this browser again.'
  return 'Your bookmarks are saved in this browser again.'
}
