// Windows-1252 by hand: Node 20's TextDecoder('windows-1252') returns C1
// control characters for 0x80-0x9F, which is exactly the range that differs
// from Latin-1. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their
// Latin-1 code points.

const HIGH_CONTROLS: readonly (string | undefined)[] = [
  '€',
  undefined,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  undefined,
  'Ž',
  undefined,
  undefined,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  undefined,
  'ž',
  'Ÿ',
]

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 8192
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let chunk = ''
    const end = Math.min(bytes.length, i + CHUNK)
    for (let j = i; j < end; j++) {
      const b = bytes[j] ?? 0
      chunk +=
        (b >= 0x80 && b < 0xa0 ? HIGH_CONTROLS[b - 0x80] : undefined) ?? String.fromCharCode(b)
    }
    parts.push(chunk)
  }
  return parts.join('')
}
