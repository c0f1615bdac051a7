// Test helper: applies the damage model to good text, so tests can check
// that repair undoes it. Not used by the ingest.
import { damagedGlyph } from './code-pages'

const encoder = new TextEncoder()

/**
 * UTF-8 encode, show each byte as its ISO-8859-7 (0xA0-0xFF) or Windows-1252
 * (0x80-0x9F) glyph, drop the bytes that have none (0x81 0x8D 0x8F 0x90 0x9D).
 * Throws on the bytes ISO-8859-7 leaves undefined (0xAE, 0xD2): the model says
 * nothing about them (î and Cyrillic Ғ-Ҿ cannot be damaged this way).
 */
export function damage(text: string): string {
  let out = ''
  for (const byte of encoder.encode(text)) {
    const glyph = damagedGlyph(byte)
    if (glyph !== null) out += glyph
    else if (byte >= 0xa0) throw new Error(`damage: byte 0x${byte.toString(16)} has no glyph`)
  }
  return out
}
