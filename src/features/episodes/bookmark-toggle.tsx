import { useAnnounce } from '../../components/announcer'
import { iconButtonClass } from '../../components/icon-button-styles'
import { sectionName } from '../../lib/section-name'
import type { NewBookmark } from '../../lib/storage/bookmark-schema'
import { isBookmarked } from '../../lib/storage/bookmark-store'
import { useBookmarkStore, useBookmarks } from '../../lib/storage/use-bookmarks'

/**
 * A toggle button: its name stays "Bookmark “…”, section N" and
 * `aria-pressed` carries the state, as the toggle-button pattern asks (a name
 * that flips between "Bookmark" and "Remove bookmark" would contradict the
 * pressed state). The number tells apart a section and a sub-section of the
 * same title, whose buttons otherwise had the same name.
 */
export function BookmarkToggle({ bookmark }: { bookmark: NewBookmark }) {
  const store = useBookmarkStore()
  const announce = useAnnounce()
  const { value } = useBookmarks()
  const pressed = isBookmarked(value, bookmark)
  const label = `Bookmark ${sectionName(bookmark.sectionTitle, bookmark.sectionNumber)}`

  function toggle() {
    const now = store.toggle(bookmark)
    announce(
      now
        ? `Bookmarked “${bookmark.sectionTitle}”.`
        : `Removed the bookmark for “${bookmark.sectionTitle}”.`,
    )
  }

  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={toggle}
      className={iconButtonClass(pressed)}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-5"
        fill={pressed ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          strokeLinejoin="round"
          d="M5.5 3.25h9a.75.75 0 0 1 .75.75v12.69a.5.5 0 0 1-.79.41L10 14l-4.46 3.1a.5.5 0 0 1-.79-.41V4a.75.75 0 0 1 .75-.75Z"
        />
      </svg>
    </button>
  )
}
