import { useAnnounce } from '../../components/announcer'
import { isRead } from '../../lib/storage/reading-state'
import type { EpisodeInfo } from '../../lib/storage/reading-state-schema'
import { useReadingRecord, useReadingStateStore } from '../../lib/storage/use-reading-state'
import { toolbarButtonClass } from './toolbar-button-styles'

/**
 * The explicit read mark: opening a page never marks it (unless the reader
 * turned on "mark read at the end"). A toggle button whose name stays "Mark
 * as read" while `aria-pressed` carries the state, like the bookmark toggle.
 */
export function MarkReadToggle({ episode }: { episode: EpisodeInfo }) {
  const store = useReadingStateStore()
  const { value } = useReadingRecord()
  const announce = useAnnounce()
  const read = isRead(value, episode.date, episode.episodeSlug)

  return (
    <button
      type="button"
      aria-pressed={read}
      onClick={() => {
        store.setRead(episode, !read)
        announce(read ? 'Marked as unread.' : 'Marked as read.')
      }}
      className={toolbarButtonClass(read)}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="10" cy="10" r="7.25" fill={read ? 'currentColor' : 'none'} />
        <path
          d="m6.75 10.25 2.25 2.25 4.25-4.75"
          strokeLinecap="round"
          strokeLinejoin="round"
          // Pressed, the circle is filled with the text colour (white on teal,
          // dark on light teal): the tick takes the button's own fill.
          className={read ? 'stroke-teal-700 dark:stroke-teal-400' : ''}
        />
      </svg>
      Mark as read
    </button>
  )
}
