import { CopyLinkButton } from '../../components/copy-link-button'

interface HeadingLinkButtonProps {
  postSlug: string
  id: string
  title: string
}

/**
 * "Copy link to this heading": the post's own address and the heading's
 * anchor, built from the post (not the address bar, which may carry a
 * retyped slug or a tracking parameter), as section-url.ts does for episodes.
 */
export function HeadingLinkButton({ postSlug, id, title }: HeadingLinkButtonProps) {
  return (
    <CopyLinkButton
      url={() => `${window.location.origin}/commentary/${postSlug}#${id}`}
      title={title}
      label={`Copy link to “${title}”`}
      // Quiet beside the prose until pointed at or focused; hidden where it would do nothing.
      className="shrink-0 opacity-60 hover:opacity-100 focus-visible:opacity-100 noscript:hidden"
    />
  )
}
