import { useEffect, useRef, useState } from 'react'
// The episode page's pieces, so a post's heading is linked as a section is:
// the same clipboard fallback, the same announcement, the same button.
import { useAnnounce } from '../episodes/announcer'
import { copyToClipboard } from '../episodes/copy-to-clipboard'
import { iconButtonClass } from '../episodes/icon-button-styles'

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
  const announce = useAnnounce()
  const [copied, setCopied] = useState(false)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  async function copy() {
    const url = `${window.location.origin}/commentary/${postSlug}#${id}`
    if (await copyToClipboard(url)) {
      announce(`Link to “${title}” copied.`)
      setCopied(true)
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => setCopied(false), 2000)
    } else {
      announce(`Could not copy automatically. The link is ${url}`, { untilDismissed: true })
    }
  }

  const label = `Copy link to “${title}”`
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={label}
      // Quiet beside the prose until pointed at or focused; hidden where it would do nothing.
      className={`${iconButtonClass()} shrink-0 opacity-60 hover:opacity-100 focus-visible:opacity-100 noscript:hidden`}
    >
      {copied ? (
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path
            fillRule="evenodd"
            d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z"
            clipRule="evenodd"
          />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path d="M12.232 4.232a2.5 2.5 0 0 1 3.536 3.536l-1.225 1.224a.75.75 0 0 0 1.061 1.06l1.224-1.224a4 4 0 0 0-5.656-5.656l-3 3a4 4 0 0 0 .225 5.865.75.75 0 0 0 .977-1.138 2.5 2.5 0 0 1-.142-3.667l3-3Z" />
          <path d="M11.603 7.963a.75.75 0 0 0-.977 1.138 2.5 2.5 0 0 1 .142 3.667l-3 3a2.5 2.5 0 0 1-3.536-3.536l1.225-1.224a.75.75 0 0 0-1.061-1.06l-1.224 1.224a4 4 0 1 0 5.656 5.656l3-3a4 4 0 0 0-.225-5.865Z" />
        </svg>
      )}
    </button>
  )
}
