import { CopyLinkButton as CopyLink } from '../../components/copy-link-button'
import { sectionName } from '../../lib/section-name'
import type { BookmarkRef } from '../../lib/storage/bookmark-schema'
import { sectionUrl } from './section-url'

interface CopyLinkButtonProps {
  section: BookmarkRef
  title: string
  /** As printed ("7", "7.1"): with the title, it names the button. */
  number: string
}

/** A section's link, built from the section (section-url.ts), not the address bar. */
export function CopyLinkButton({ section, title, number }: CopyLinkButtonProps) {
  return (
    <CopyLink
      url={() => sectionUrl(section)}
      title={title}
      label={`Copy link to ${sectionName(title, number)}`}
    />
  )
}
