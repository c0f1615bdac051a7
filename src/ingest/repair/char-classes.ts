// Which decoded characters "make sense". The damage alphabet (Greek letters,
// Windows-1252 punctuation) also occurs in good text, so a run is repaired
// only when its bytes decode to characters a digest plausibly contains.

const TEXT_CATEGORY = /[\p{L}\p{M}\p{N}\p{P}\p{Zs}\p{Sc}\p{Sk}]/u
const SYMBOL_CATEGORY = /[\p{Sm}\p{So}]/u
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Component}]/u
const PUNCTUATION = /\p{P}/u

/**
 * BMP blocks whose symbols occur in ordinary text: Latin-1 (© ° ±), letterlike
 * and number forms (™ ½), arrows, mathematical operators, enclosed
 * alphanumerics (①), box drawing to dingbats (■ ★ ✓ ❤), misc symbols and
 * arrows (⭐). Left out on purpose: APL and technical symbols, control
 * pictures and the supplemental arrows, which are what wrong byte choices
 * produce (E2 A4 9C is ⤜ where “ was meant).
 */
const TEXT_SYMBOL_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00ff],
  [0x2100, 0x22ff],
  [0x2460, 0x24ff],
  [0x2500, 0x27bf],
  [0x2b00, 0x2bff],
]

/** Variation selectors and combining keycap are marks, but never text on their own. */
function isEmojiOnlyMark(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x20e3
}

/**
 * A character that may stand in text outside an emoji: letters, marks,
 * digits, punctuation, spaces (not line or paragraph separators: the repair
 * never changes the line count), currency and the common symbol blocks.
 * Astral characters are excluded: in a decoded run they are emoji (checked
 * separately) or the noise of a wrong byte choice (the mahjong tile U+1F01D, the arrow U+1F8B0).
 */
export function isTextChar(cp: number): boolean {
  if (cp < 0xa0 || cp > 0xffff || isEmojiOnlyMark(cp)) return false
  const char = String.fromCodePoint(cp)
  if (TEXT_CATEGORY.test(char)) return true
  if (!SYMBOL_CATEGORY.test(char)) return false
  return TEXT_SYMBOL_RANGES.some(([low, high]) => cp >= low && cp <= high)
}

/** Part of an emoji sequence: pictographs, VS16, ZWJ, skin tones, regional indicators, tags. */
export function isEmojiPart(cp: number): boolean {
  return cp >= 0x80 && EMOJI_PART.test(String.fromCodePoint(cp))
}

/**
 * What a sequence with a guessed lost byte may decode to. The lost bytes
 * (0x81 0x8D 0x8F 0x90 0x9D) sit in emoji (F0 9F 8F ..), in VS16 (EF B8 8F),
 * ZWJ (E2 80 8D) and in ” (E2 80 9D); allowing letters too would turn real
 * Greek words into Hangul or CJK (μια is EC E9 E1: each lead "needs" two
 * bytes). Damaged letters that lost a byte (Á Í Ï Ð Ý, Cyrillic А Н э я)
 * therefore stay as they are: a known limit.
 */
export function isRestorableResult(cp: number): boolean {
  if (isEmojiPart(cp)) return true
  return cp >= 0x2010 && cp <= 0x205e && PUNCTUATION.test(String.fromCodePoint(cp))
}

// Greek letters (with tonos and dialytika) and the punctuation Greek text uses.
const GREEK_LETTER = /^[\u0384-\u03ce]$/u
const GREEK_TEXT_PUNCTUATION = new Set([
  ...'’‘“”«»·–—…―°±²³½',
  '\u00a0', // no-break space
])

/**
 * True when the run could be good Greek text or maths: Greek letters with
 * quotes, elision apostrophes, degree and power signs. "Σ’ αγαπώ" has the run
 * Σ’ (D3 92), which decodes to Ӓ; "Δ°C" has Δ° (C4 B0), which decodes to İ.
 * Such runs are repaired only into emoji, punctuation or Latin-1 characters
 * (Γ± is ñ, ΓΆ is ö, Β½ is ½: common in names and prices), which real Greek
 * text does not spell: Β and Γ are the only leads of Latin-1.
 */
export function looksLikeGreekText(chars: readonly string[]): boolean {
  return chars.every((c) => GREEK_LETTER.test(c) || GREEK_TEXT_PUNCTUATION.has(c))
}

/** Allowed results for a run that looks like Greek text (see `looksLikeGreekText`). */
export function isUnmistakableResult(cp: number): boolean {
  return isRestorableResult(cp) || (cp >= 0xa0 && cp <= 0xff)
}
