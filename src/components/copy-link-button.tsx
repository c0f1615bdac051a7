import { useEffect, useRef, useState } from 'react'
import { copyToClipboard } from '../lib/copy-to-clipboard'
import { useAnnounce } from './announcer'
import { iconButtonClass } from './icon-button-styles'

interface CopyLinkButtonProps {
  /** The address to copy, built at the press. */
  url: () => string
  /** What the link leads to, as the announcement names it. */
  title: string
  /** The button's accessible name (and tooltip). */
  label: string
  /** Added to the icon button's own classes. */
  className?: string
}

/**
 * Copies a link and says so: an episode's section (features/episodes) and a
 * post's heading (features/commentary) are linked the same way, with the
 * same clipboard fallback and announcement.
 */
export function CopyLinkButton({ url, title, label, className }: CopyLinkButtonProps) {
  const announce = useAnnounce()
  const [copied, setCopied] = useState(false)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  async function copy() {
    const address = url()
    if (await copyToClipboard(address)) {
      announce(`Link to “${title}” copied.`)
      setCopied(true)
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => setCopied(false), 2000)
    } else {
      // Still useful: the toast shows the address, selectable, to copy by hand.
      announce(`Could not copy automatically. The link is ${address}`, { untilDismissed: true })
    }
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={label}
      className={className ? `${iconButtonClass()} ${className}` : iconButtonClass()}
    >
      {copied ? <CheckIcon /> : <LinkIcon />}
    </button>
  )
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path d="M12.232 4.232a2.5 2.5 0 0 1 3.536 3.536l-1.225 1.224a.75.75 0 0 0 1.061 1.06l1.224-1.224a4 4 0 0 0-5.656-5.656l-3 3a4 4 0 0 0 .225 5.865.75.75 0 0 0 .977-1.138 2.5 2.5 0 0 1-.142-3.667l3-3Z" />
      <path d="M11.603 7.963a.75.75 0 0 0-.977 1.138 2.5 2.5 0 0 1 .142 3.667l-3 3a2.5 2.5 0 0 1-3.536-3.536l1.225-1.224a.75.75 0 0 0-1.061-1.06l-1.224 1.224a4 4 0 1 0 5.656 5.656l3-3a4 4 0 0 0-.225-5.865Z" />
    </svg>
  )
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="currentColor"
      className="size-5 text-teal-700 dark:text-teal-300"
    >
      <path
        fillRule="evenodd"
        d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z"
        clipRule="evenodd"
      />
    </svg>
  )
}
