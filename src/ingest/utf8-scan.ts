/** What a strict UTF-8 reading of some bytes found. */
export interface Utf8Scan {
  /** Offset of the first byte that is not valid UTF-8, or -1. */
  firstInvalid: number
  /** Well-formed sequences of 2-4 bytes: evidence the file really is UTF-8. */
  multiByte: number
}

/**
 * One linear pass of the UTF-8 rules (RFC 3629): no overlong forms, no
 * surrogates, nothing above U+10FFFF. Stops counting at the end, not at the
 * first error, so a mostly-UTF-8 file with one bad byte can be told apart
 * from a Latin-1 file.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1
  let multiByte = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i
      i++
    } else {
      multiByte++
      i += length
    }
  }
  return { firstInvalid, multiByte }
}

/**
 * Length of the valid sequence starting at `i` (lead byte ≥ 0x80), or 0.
 * `cont` is a function of its own, not a closure made here: this runs for
 * every non-ASCII character of the archive, and a closure per call was a
 * tenth of what parsing a document allocated.
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(bytes, i + 1) ? 2 : 0
  if (b0 === 0xe0) return cont(bytes, i + 1, 0xa0) && cont(bytes, i + 2) ? 3 : 0
  if (b0 === 0xed) return cont(bytes, i + 1, 0x80, 0x9f) && cont(bytes, i + 2) ? 3 : 0
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(bytes, i + 1) && cont(bytes, i + 2) ? 3 : 0
  if (b0 === 0xf0)
    return cont(bytes, i + 1, 0x90) && cont(bytes, i + 2) && cont(bytes, i + 3) ? 4 : 0
  if (b0 >= 0xf1 && b0 <= 0xf3)
    return cont(bytes, i + 1) && cont(bytes, i + 2) && cont(bytes, i + 3) ? 4 : 0
  if (b0 === 0xf4)
    return cont(bytes, i + 1, 0x80, 0x8f) && cont(bytes, i + 2) && cont(bytes, i + 3) ? 4 : 0
  return 0
}

/** Whether the byte at `at` is a continuation byte within [lo, hi]. */
function cont(bytes: Uint8Array, at: number, lo = 0x80, hi = 0xbf): boolean {
  const b = bytes[at]
  return b !== undefined && b >= lo && b <= hi
}

/** 1-based line of a byte offset (counts LF, and CR not followed by LF). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++
  }
  return line
}
