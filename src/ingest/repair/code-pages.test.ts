import { describe, expect, it } from 'vitest'
import {
  BYTES_BY_GLYPH,
  DOUBLE_MAPPED_BYTES,
  damagedGlyph,
  ISO_8859_7_A0_FF,
  LOST_BYTES,
  WINDOWS_1252_80_9F,
} from './code-pages'

describe('code-page tables', () => {
  it('ISO-8859-7 half matches the platform decoder byte for byte', () => {
    const decoder = new TextDecoder('iso-8859-7')
    ISO_8859_7_A0_FF.forEach((cp, i) => {
      const decoded = decoder.decode(new Uint8Array([0xa0 + i]))
      expect(
        cp === null ? '\uFFFD' : String.fromCodePoint(cp),
        `byte 0x${(0xa0 + i).toString(16)}`,
      ).toBe(decoded)
    })
    expect(ISO_8859_7_A0_FF).toHaveLength(96)
  })

  it('Windows-1252 half has the 27 defined glyphs and five holes', () => {
    expect(WINDOWS_1252_80_9F).toHaveLength(32)
    expect(WINDOWS_1252_80_9F.filter((cp) => cp !== null)).toHaveLength(27)
    expect(LOST_BYTES).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d])
    expect(damagedGlyph(0x80)).toBe('€')
    expect(damagedGlyph(0x9f)).toBe('Ÿ')
    expect(damagedGlyph(0x92)).toBe('’')
    expect(damagedGlyph(0x9c)).toBe('œ')
    expect(damagedGlyph(0x99)).toBe('™')
  })

  it('shows the seed glyphs for the bytes the doc names', () => {
    expect(damagedGlyph(0xf0)).toBe('π')
    expect(damagedGlyph(0xe2)).toBe('β')
    expect(damagedGlyph(0xce)).toBe('Ξ')
    expect(damagedGlyph(0x8f)).toBeNull()
    expect(damagedGlyph(0x41)).toBe('A')
  })

  it('reverse table: exactly € ‘ ’ stand for two bytes', () => {
    const doubles = [...BYTES_BY_GLYPH].filter(([, bytes]) => bytes.length > 1)
    expect(Object.fromEntries(doubles)).toEqual({
      '€': [0x80, 0xa4],
      '‘': [0x91, 0xa1],
      '’': [0x92, 0xa2],
    })
    expect(DOUBLE_MAPPED_BYTES).toEqual([
      [0x80, 0xa4],
      [0x91, 0xa1],
      [0x92, 0xa2],
    ])
    // 128 high bytes - 5 lost - 3 undefined in ISO-8859-7 - 3 shared glyphs.
    expect(BYTES_BY_GLYPH.size).toBe(128 - 5 - 3 - 3)
  })
})
