import { CopyLinkButton } from '../../components/copy-link-button'
import type { Occurrence } from './heading-occurrences'

interface HeadingLinkButtonProps {
  postSlug: string
  id: string
  title: string
  /** Which of the post's headings with this text it is, if it shares its text. */
  occurrence?: Occurrence
}

/**
 * "Copy link to this heading": the post's own address and the heading's
 * anchor, built from the post (not the address bar, which may carry a
 * retyped slug or a tracking parameter), as section-url.ts does for episodes.
 */
export function HeadingLinkButton({ postSlug, id, title, occurrence }: HeadingLinkButtonProps) {
  // Two "Conclusion"s are told apart by their place: "… “Conclusion” (2 of 2)".
  // The announcement after a press keeps the heading's text alone: the
  // reader has just chosen which.
  const which = occurrence ? ` (${occurrence.n} of ${occurrence.of})` : ''
  return (
    <CopyLinkButton
      url={() => `${window.location.origin}/commentary/${postSlug}#${id}`}
      title={title}
      label={`Copy link to “${title}”${which}`}
      // Quiet beside the prose until pointed at or focused; hidden where it would do nothing.
      className="shrink-0 opacity-60 hover:opacity-100 focus-visible:opacity-100 noscript:hidden"
    />
  )
}
