import { EMOJI_INFO, emojiKey } from './emojibase-index'

/**
 * The English name of an emoji ("money bag" for 💰), for screen readers, or
 * `null` when the text is not one emoji emojibase knows. Tolerant of U+FE0F:
 * 🏛️ and 🏛 both give "classical building". Surrounding whitespace is ignored.
 *
 * Ingest-time: it loads emojibase's compact.json (~570 KB); compute labels
 * during the ingest and ship them with the data rather than calling this in
 * the browser.
 */
export function emojiLabel(emoji: string): string | null {
  const key = emojiKey(emoji.trim())
  if (key === '') return null
  return EMOJI_INFO.get(key)?.label ?? null
}
