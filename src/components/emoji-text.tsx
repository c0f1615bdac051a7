import { Fragment } from 'react'

// A run of emoji: pictographs with their variation selectors, skin tones,
// zero-width joiners and keycap marks, so "🎙️🌍" or "👩‍💻" stay one run.
// Spaces between emoji belong to the run; the space after it does not, so a
// label reads "money bag Funding", not "money bagFunding".
const EMOJI =
  '[\\p{Extended_Pictographic}\\p{Regional_Indicator}](?:\\uFE0F|\\u20E3|[\\u{1F3FB}-\\u{1F3FF}])*(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|[\\u{1F3FB}-\\u{1F3FF}])*)*'
const EMOJI_RUN = new RegExp(`${EMOJI}(?:\\s*${EMOJI})*`, 'gu')

export interface TextPart {
  text: string
  emoji: boolean
  /** Offset in the original text: a stable key, as parts never reorder. */
  start: number
}

/** Splits text into plain runs and emoji runs, in order; joining them gives the text back. */
export function splitEmoji(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(EMOJI_RUN)) {
    const start = match.index
    if (start > last) parts.push({ text: text.slice(last, start), emoji: false, start: last })
    parts.push({ text: match[0], emoji: true, start })
    last = start + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), emoji: false, start: last })
  return parts
}

interface EmojiTextProps {
  text: string
  /** What the emoji mean ("money bag"), when the data says; else they are hidden from screen readers. */
  emojiLabel?: string | null
}

/**
 * Text whose emoji a screen reader should not spell out as code-point names
 * ("studio microphone, variation selector…"): with a label the emoji become
 * one image with that name, without one they are hidden; the words are read.
 */
export function EmojiText({ text, emojiLabel = null }: EmojiTextProps) {
  return splitEmoji(text).map((part) => {
    if (!part.emoji) return <Fragment key={part.start}>{part.text}</Fragment>
    return emojiLabel ? (
      <span key={part.start} role="img" aria-label={emojiLabel}>
        {part.text}
      </span>
    ) : (
      <span key={part.start} aria-hidden="true">
        {part.text}
      </span>
    )
  })
}
