// Which pairs of words stand side by side in a text, as a few bits (hashed),
// so a phrase search can pass over a candidate without reading its texts.
// The index tells which documents have a phrase's words; most of them, for a
// phrase that stands nowhere, have the words apart. Reading those texts (one
// object, then one string after another, spread over a heap of hundreds of
// megabytes) was half of such a search over the whole archive, more than the
// regex run on them. A text without the bits of each pair of the phrase's
// words cannot hold it; one that has them all is read as before.
//
// Pairs, not words: the archive's texts share so many words that, with a bit
// per word, the bits of a phrase's words were set by others in most texts,
// and 55-100 % of a no-hit phrase's candidates still passed.
//
// Only plain text (TextKind.PLAIN: ASCII letters and digits, no apostrophe)
// gets its pairs' bits: there a word is a run of letters and digits and reads
// as its lower case, the same reading as the phrase's regex. Any other text
// gets every bit, so it is always read: a signature may let through a text
// that lacks the phrase, never turn away one that holds it.

import { isPlainWord, TextKind } from './phrase-match'

/**
 * 32-bit words per text, in a Uint32Array: 128 bits, 16 bytes a text (21 MB
 * over the 10,000-digest archive's 1.3 million texts). A text has about 14
 * pairs, so about a fifth of its bits are set. Over that archive's no-hit
 * phrases, 64 bits let 50-95 % of the candidates through, 128 bits 25-50 %,
 * 256 bits 15-20 %: the pairs its texts share set the same bits in most of them.
 */
export const SIGNATURE_WORDS = 4
/** A bit's place among the 128: the top 7 bits of a hash. */
const SHIFT = 25
const ALL = 0xffffffff

/** FNV-1a's offset basis and prime, over the word's lower-case char codes. */
const BASIS = 0x811c9dc5
const PRIME = 0x01000193

function hashWord(word: string): number {
  let hash = BASIS
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), PRIME)
  return hash
}

/** Sets the two bits of the pair (before, after): FNV's low bits mix poorly, so high ones after more rounds. */
function setPair(out: Uint32Array, at: number, before: number, after: number): void {
  let mixed = Math.imul(before ^ (before >>> 16), 0x7feb352d) ^ after
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0x846ca68b)
  mixed ^= mixed >>> 16
  setBit(out, at, mixed >>> SHIFT)
  setBit(out, at, (mixed << 10) >>> SHIFT)
}

function setBit(out: Uint32Array, at: number, bit: number): void {
  const half = at + (bit >>> 5)
  out[half] = (out[half] ?? 0) | (1 << (bit & 31))
}

/**
 * Writes the signature of `text`, of kind `kind` (textKind, which the caller
 * has worked out already), from `out[at]` on.
 */
export function writeSignature(text: string, kind: TextKind, out: Uint32Array, at: number): void {
  if (kind === TextKind.PLAIN) writePlainSignature(text, out, at)
  else writeAnySignature(out, at)
}

/**
 * A plain text's signature: the bits of each pair of words side by side
 * (runs of ASCII letters and digits, lower-cased).
 */
function writePlainSignature(text: string, out: Uint32Array, at: number): void {
  for (let half = 0; half < SIGNATURE_WORDS; half++) out[at + half] = 0
  let hash = BASIS
  let before = 0
  let words = 0
  let inWord = false
  // Not `i <= length` to end the last word on charCodeAt's NaN: a NaN makes
  // the loop's numbers floats, which doubled its time.
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c |= 0x20
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      hash = Math.imul(hash ^ c, PRIME)
      inWord = true
    } else if (inWord) {
      if (words > 0) setPair(out, at, before, hash)
      before = hash
      words++
      hash = BASIS
      inWord = false
    }
  }
  if (inWord && words > 0) setPair(out, at, before, hash)
}

/** The signature of a text that is not plain: every bit, so it is always read. */
function writeAnySignature(out: Uint32Array, at: number): void {
  out.fill(ALL, at, at + SIGNATURE_WORDS)
}

/**
 * The bits a text must have to hold these (normalised) phrase words: those
 * of each pair of whole words of ASCII letters and digits side by side. A
 * pair with another word sets none (no plain text reads it, and other text
 * is read anyway), nor does one with a last word still being typed (`open`),
 * which may be the start of a longer one.
 */
export function phraseSignature(words: readonly string[], open: boolean): Uint32Array {
  const need = new Uint32Array(SIGNATURE_WORDS)
  const whole = open ? words.slice(0, -1) : words
  for (let i = 1; i < whole.length; i++) {
    const before = whole[i - 1] ?? ''
    const after = whole[i] ?? ''
    if (isPlainWord(before) && isPlainWord(after))
      setPair(need, 0, hashWord(before), hashWord(after))
  }
  return need
}

/** Does the signature from `signatures[at]` on have every bit of `need`? */
export function hasSignature(signatures: Uint32Array, at: number, need: Uint32Array): boolean {
  // A bit of `need` missing from the signature is one set in its complement
  // (compared with 0: a bitwise result is signed, a Uint32Array's half is not).
  for (let half = 0; half < SIGNATURE_WORDS; half++) {
    if ((~(signatures[at + half] ?? 0) & (need[half] ?? 0)) !== 0) return false
  }
  return true
}
