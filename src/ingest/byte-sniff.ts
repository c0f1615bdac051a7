// Cheap looks at raw bytes, before any decoding.

const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF file', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
]

/** The kind of binary file the bytes start like, or null. */
export function binaryMagic(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name
  }
  return null
}

export type ByteOrder = 'utf-16le' | 'utf-16be'

const SNIFF_BYTES = 4096

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: Latin text in
 * UTF-16 has a NUL in nearly every other byte, on one side only. (UTF-16
 * text in other scripts has no such pattern and is left to the BOM.)
 */
export function utf16ByNulPattern(bytes: Uint8Array): ByteOrder | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1
  const pairs = length / 2
  if (pairs < 1) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le'
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be'
  return null
}

/** C0 controls other than tab, LF, FF and CR, and DEL: never in prose. */
export function isControlCode(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f
}
