// Minimal strict UTF-8 helpers for one character at a time. The repair builds
// candidate byte sequences itself (with guessed lost bytes), so it needs to
// know exactly which sequences are well-formed: no overlongs, no surrogates,
// nothing above U+10FFFF (RFC 3629, Unicode Table 3-7).

/** Total length of the sequence a lead byte starts, or 0 when the byte cannot lead. */
export function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

/** The code point of one complete sequence, or `null` when it is not well-formed. */
export function decodeSequence(bytes: readonly number[]): number | null {
  const lead = bytes[0]
  if (lead === undefined) return null
  const length = sequenceLength(lead)
  if (length === 0 || bytes.length !== length) return null
  for (let i = 1; i < length; i++) if (!isContinuation(bytes[i] ?? 0)) return null
  const second = bytes[1] ?? 0
  // The second byte's narrower ranges exclude overlongs, surrogates and > U+10FFFF.
  if (lead === 0xe0 && second < 0xa0) return null
  if (lead === 0xed && second > 0x9f) return null
  if (lead === 0xf0 && second < 0x90) return null
  if (lead === 0xf4 && second > 0x8f) return null
  if (length === 1) return lead
  let cp = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)
  for (let i = 1; i < length; i++) cp = (cp << 6) | ((bytes[i] ?? 0) & 0x3f)
  return cp
}

export function encodeCodePoint(cp: number): number[] {
  if (cp < 0x80) return [cp]
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)]
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
  return [
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  ]
}
