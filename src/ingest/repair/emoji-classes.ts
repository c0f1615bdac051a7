// What counts as an emoji, decided by the platform's Unicode data (Node 20
// ships Unicode 17, the same version as emojibase-data 17).
import { EMOJI_INFO, emojiKey } from './emojibase-index'

/**
 * One emoji-like cluster: a keycap, one or two regional indicators, or a
 * pictograph with its optional VS16 / skin tone, tag sequence and ZWJ chain.
 * Deliberately loose (it accepts sequences that are not RGI): it only finds
 * where to look; `isRgiEmoji` then decides. Matching `\p{RGI_Emoji}` directly
 * over a whole document is ~10 ms per 17 KB in V8, far over budget, whereas
 * this scan is ~0.1 ms and the exact test runs only on the short clusters.
 */
export const EMOJI_CLUSTER_SOURCE = String.raw`(?:[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{1,2}|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?(?:[\u{E0020}-\u{E007E}]+\u{E007F})?(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?)*)`

// `v` flag through the constructor: TypeScript's ES2022 target does not know
// the flag, Node 20 does. RGI = the fully-qualified emoji vendors must support.
const RGI_EMOJI = /^\p{RGI_Emoji}$/v
const rgiCache = new Map<string, boolean>()

/** True when the text is exactly one RGI emoji (fully qualified: 🏛️ yes, 🏛 no, 🍛️ no). */
export function isRgiEmoji(text: string): boolean {
  let known = rgiCache.get(text)
  if (known === undefined) {
    known = RGI_EMOJI.test(text)
    // The cache stays small: it only ever holds emoji-like clusters.
    if (rgiCache.size < 50_000) rgiCache.set(text, known)
  }
  return known
}

/** True when emojibase knows the text as an emoji, whatever its variation selectors. */
export function isKnownEmoji(text: string): boolean {
  return EMOJI_INFO.has(emojiKey(text))
}

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u
const EMOJI = /\p{Emoji}/u

/** The RGI spelling of a single-code-point emoji: with U+FE0F when its default is text (🏛️), without otherwise (🤝). */
export function qualifiedForm(cp: number): string {
  const char = String.fromCodePoint(cp)
  return EMOJI_PRESENTATION.test(char) ? char : `${char}\uFE0F`
}

export function isEmojiCodePoint(cp: number): boolean {
  return EMOJI.test(String.fromCodePoint(cp))
}

export function hasEmojiPresentation(cp: number): boolean {
  return EMOJI_PRESENTATION.test(String.fromCodePoint(cp))
}
