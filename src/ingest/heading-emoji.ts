// A section heading is "N. <emoji> Title"; the emoji is optional.

import { memoByText } from './memo-by-text'

// Code points that make up emoji sequences: pictographs, flags (regional
// indicators), skin tones, ZWJ, variation selectors, keycaps and tags.
const EMOJI_PART =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]/u
// Joiner, variation selectors and keycap mark are tested apart: inside a
// character class they read as one combined character (and Biome objects).
const EMOJI_JOINERS: ReadonlySet<string> = new Set(['\u200d', '\ufe0e', '\ufe0f', '\u20e3'])
const EMOJI_BASE = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u
const ASCII_ALNUM = /[A-Za-z0-9]/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const SYMBOL = /\p{So}/u
// A keycap (1️⃣ #️⃣ *️⃣): an ASCII digit, # or *, VS16 (often left out), and
// U+20E3. Its base is ASCII, so the title test below would take it for the
// title's first word; only the U+20E3 after it makes it an emoji, so "1." or
// "10" (a number that starts a title) never is one.
const KEYCAPS = /[0-9#*]\ufe0f?\u20e3/gu
// A keycap written without its VS16 ("1⃣", as some mail clients write it).
const BARE_KEYCAP = /([0-9#*])\u20e3/gu

// What a UTF-8 emoji looks like after the damage described in
// docs text-repair.md: Greek letters mixed with Windows-1252 punctuation.
const MOJIBAKE_GLYPH = /[€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ΄΅Ά·]/u
const GREEK = /[\u0370-\u03ff]/u

export interface SplitHeading {
  emoji: string | null
  title: string
  /** The leading token looked like an emoji the repair could not restore. */
  damaged: boolean
}

/**
 * Splits the leading emoji token from the title. The token is the text up to
 * the first ASCII space (not any whitespace: a damaged emoji can contain a
 * no-break space). A token that is left-over mojibake is still taken as the
 * emoji, flagged, so the title stays clean and the report shows the damage.
 */
export function splitHeadingEmoji(rest: string): SplitHeading {
  const space = rest.indexOf(' ')
  const token = space < 0 ? rest : rest.slice(0, space)
  const kind = tokenKind(token)
  if (kind === 'title') return { emoji: null, title: rest, damaged: false }
  const title = space < 0 ? '' : rest.slice(space + 1).trim()
  const emoji = kind === 'emoji' && hasKeycap(token) ? fullKeycaps(token) : token
  return { emoji, title, damaged: kind === 'damaged' }
}

/**
 * "1⃣" → "1️⃣": a keycap without its VS16 is shown as text in many fonts (a
 * digit in a box, or the digit alone), so the section shows the full keycap
 * whichever way the document wrote it.
 */
function fullKeycaps(token: string): string {
  return token.replace(BARE_KEYCAP, '$1\ufe0f\u20e3')
}

/** What a heading's leading token is: its emoji, damaged mojibake, or the title's first word. */
export type TokenKind = 'emoji' | 'damaged' | 'title'

/**
 * classifyToken, memoised: every heading of the archive asks, and headings
 * use a few hundred distinct emoji (280,000 headings in the benchmark
 * archive), where each answer took Array.from and several unicode regexes.
 * A title's first word is answered by the ASCII test before the memo, so
 * the memo holds emoji-like tokens only; bounded all the same.
 */
function tokenKind(token: string): TokenKind {
  if (token === '' || (ASCII_ALNUM.test(token) && !hasKeycap(token))) return 'title'
  return rememberedKind(token)
}

/** U+20E3 anywhere: a cheap test before the keycap pattern. */
function hasKeycap(token: string): boolean {
  return token.includes('\u20e3')
}

const rememberedKind = memoByText(10_000, (token) => classifyToken(token))

/** tokenKind without the memo. */
export function classifyToken(token: string): TokenKind {
  if (token === '') return 'title'
  if (hasKeycap(token)) {
    // Keycaps are emoji; what is left (🚀 in 1️⃣🚀) decides as any token.
    const rest = token.replace(KEYCAPS, '')
    if (rest !== token) return rest === '' ? 'emoji' : classifyWithoutKeycaps(rest)
  }
  return classifyWithoutKeycaps(token)
}

/** classifyToken for a token with no keycap in it. */
function classifyWithoutKeycaps(token: string): TokenKind {
  if (ASCII_ALNUM.test(token)) return 'title'
  const chars = Array.from(token)
  if (
    chars.every((c) => EMOJI_JOINERS.has(c) || EMOJI_PART.test(c)) &&
    chars.some((c) => EMOJI_BASE.test(c))
  ) {
    return 'emoji'
  }
  // A symbol that is not an emoji (🀝, a mahjong tile): still the heading's
  // picture, not part of its title.
  if (!LETTER_OR_DIGIT.test(token) && SYMBOL.test(token)) return 'emoji'
  if (MOJIBAKE_GLYPH.test(token) && (GREEK.test(token) || EMOJI_BASE.test(token))) return 'damaged'
  return 'title'
}
