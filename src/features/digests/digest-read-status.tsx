import { useState } from 'react'
import { countOf } from '../../lib/format-count'
import { loadedReadingStateStore } from '../../lib/storage/lazy-reading-state-store'
import { useReadingStateStore, useReadState } from '../../lib/storage/use-reading-state'
import type { Digest } from '../../schema/digest'
import {
  MARK_ALL_BOX,
  MARK_ALL_LABEL,
  READ_STATUS_ROW,
  ReadCount,
  STATUS_MESSAGE,
} from './read-status-row'

const buttonClass = `${MARK_ALL_BOX} border-stone-300 text-stone-700 hover:bg-stone-100 aria-disabled:cursor-default aria-disabled:opacity-60 aria-disabled:hover:bg-transparent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800`

/**
 * How much of the day is unread, and "Mark all in this digest read". When
 * everything is read the button stays (aria-disabled, so focus is not lost)
 * and says so when pressed.
 */
export function DigestReadStatus({ digest }: { digest: Digest }) {
  const store = useReadingStateStore()
  const { unreadCount } = useReadState()
  const [message, setMessage] = useState('')
  const total = digest.episodes.length
  if (total === 0) return null
  const unread = unreadCount(
    digest.date,
    digest.episodes.map((episode) => episode.slug),
  )

  async function markAll() {
    const already = 'Every episode in this digest is already read.'
    if (unread === 0) {
      setMessage(already)
      return
    }
    // The count shown may be the stand-in's "nothing read" while the store
    // loads; its guess (every episode) made the message claim episodes
    // already read. The loaded store counts what it actually marked.
    const loaded = await loadedReadingStateStore(store)
    const marked = loaded.markAllRead(
      digest.episodes.map((episode) => ({
        date: digest.date,
        episodeSlug: episode.slug,
        episodeTitle: episode.title,
        podcast: episode.podcast,
      })),
    )
    setMessage(marked === 0 ? already : `Marked ${countOf(marked, 'episode')} as read.`)
  }

  return (
    <div className={READ_STATUS_ROW}>
      <ReadCount total={total} unread={unread} />
      <button type="button" aria-disabled={unread === 0} onClick={markAll} className={buttonClass}>
        {MARK_ALL_LABEL}
      </button>
      {/* Always present, so what is written into it is announced. */}
      <p role="status" className={STATUS_MESSAGE}>
        {message}
      </p>
    </div>
  )
}
