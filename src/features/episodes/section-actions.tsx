import type { NewBookmark } from '../../lib/storage/bookmark-schema'
import { BookmarkToggle } from './bookmark-toggle'
import { CopyLinkButton } from './copy-link-button'

/** The two controls beside every section and sub-section heading. */
export function SectionActions({ bookmark }: { bookmark: NewBookmark }) {
  return (
    <>
      <CopyLinkButton
        section={bookmark}
        title={bookmark.sectionTitle}
        number={bookmark.sectionNumber}
      />
      <BookmarkToggle bookmark={bookmark} />
    </>
  )
}
