// The search tokenizer's word, /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u, found
// by char code. The ingest runs it over every word of the archive (search
// index, topics), where a regex's match objects were a large part of the
// allocation; ASCII is decided by code, anything else by the same Unicode
// property regex.

const WORD_CHAR = /^[\p{L}\p{N}]$/u
/**
 * The regex's answer for each BMP code unit met so far (0: not asked yet,
 * 1: a word character, 2: not one). Curly quotes, dashes and accented letters
 * are in most lines of the archive; a regex test on a one-character string
 * for each was a third of the search index's tokenizing.
 */
const BMP_WORD_CHAR = new Uint8Array(0x10000)
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** Length in code units of the word character at `i` (a letter or digit), or 0. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0
  if (Number.isNaN(c)) return 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
  }
  // Here c is a BMP code unit (a lone surrogate too, which the regex rejects).
  let known = BMP_WORD_CHAR[c] ?? 0
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
    BMP_WORD_CHAR[c] = known
  }
  return known === 1 ? 1 : 0
}

/** ' or ’, the apostrophes a word may hold ("don’t"). */
export function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE
}

/** Where the word starting at `start` (a word character) ends: letters and digits, with inner apostrophes. */
export function wordEnd(text: string, start: number): number {
  let i = start + wordCharLength(text, start)
  for (;;) {
    const w = wordCharLength(text, i)
    if (w > 0) i += w
    else if (isApostrophe(text.charCodeAt(i)) && wordCharLength(text, i + 1) > 0) i++
    else return i
  }
}
