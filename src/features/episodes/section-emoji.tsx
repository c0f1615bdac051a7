interface SectionEmojiProps {
  emoji: string | null
  label: string | null
}

/**
 * A heading's emoji: announced by its name ("money bag") when the digest
 * supplies one, otherwise hidden from assistive technology, because an
 * unlabelled emoji is read as its code-point name or as noise.
 */
export function SectionEmoji({ emoji, label }: SectionEmojiProps) {
  if (!emoji) return null
  if (label) {
    return (
      <span role="img" aria-label={label} className="shrink-0">
        {emoji}
      </span>
    )
  }
  return (
    <span aria-hidden="true" className="shrink-0">
      {emoji}
    </span>
  )
}
