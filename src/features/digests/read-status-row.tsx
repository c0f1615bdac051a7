import { countOf } from '../../lib/format-count'
import type { Digest } from '../../schema/digest'

// The reader's progress on a day (digest-read-status.tsx) comes in a chunk
// of its own, often after the day the app draws. Its placeholder is the same
// row with the same words, so that it wraps where the status will: one row
// of fixed height had left a phone's Top Podcast to move down 28 px when the
// status wrapped its button onto a second line.

export const READ_STATUS_ROW = 'mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 noscript:hidden'

/** What sizes the "Mark all" button; its colours and states are the status's own. */
export const MARK_ALL_BOX =
  'inline-flex min-h-10 items-center rounded-md border px-3 text-sm font-medium'

export const MARK_ALL_LABEL = 'Mark all in this digest read'

/** The status's message line: always there, so what is written into it is announced. */
export const STATUS_MESSAGE = 'min-h-5 text-sm text-stone-700 dark:text-stone-300'

/** "5 episodes · 3 unread" (or "All read"). */
export function ReadCount({ total, unread }: { total: number; unread: number }) {
  return (
    <p className="text-sm text-stone-600 dark:text-stone-300">
      {countOf(total, 'episode')} ·{' '}
      <span className="font-semibold text-stone-900 dark:text-stone-100">
        {unread === 0 ? 'All read' : `${unread} unread`}
      </span>
    </p>
  )
}

/**
 * The status's room until its chunk is in, unseen: what a first visit shows
 * (nothing read), as the prerendered day does. No button a reader could
 * press and see do nothing.
 */
export function ReadStatusPlaceholder({ digest }: { digest: Digest }) {
  const total = digest.episodes.length
  if (total === 0) return null
  return (
    <div aria-hidden="true" className={`${READ_STATUS_ROW} invisible`}>
      <ReadCount total={total} unread={total} />
      <span className={MARK_ALL_BOX}>{MARK_ALL_LABEL}</span>
      <p className={STATUS_MESSAGE} />
    </div>
  )
}
