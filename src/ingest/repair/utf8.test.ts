import { describe, expect, it } from 'vitest'
import { decodeSequence, encodeCodePoint, sequenceLength } from './utf8'

describe('utf8', () => {
  it('round-trips code points of every length', () => {
    for (const cp of [0x41, 0xe9, 0x201c, 0xfe0f, 0x1f4a1, 0x10ffff]) {
      expect(decodeSequence(encodeCodePoint(cp))).toBe(cp)
    }
  })

  it('rejects overlongs, surrogates, out-of-range and bad lengths', () => {
    expect(decodeSequence([0xc0, 0x80])).toBeNull()
    expect(decodeSequence([0xe0, 0x80, 0x80])).toBeNull()
    expect(decodeSequence([0xed, 0xa0, 0x80])).toBeNull()
    expect(decodeSequence([0xf0, 0x80, 0x80, 0x80])).toBeNull()
    expect(decodeSequence([0xf4, 0x90, 0x80, 0x80])).toBeNull()
    expect(decodeSequence([0xf0, 0x9f, 0x94])).toBeNull()
    expect(decodeSequence([0xe2, 0x80, 0x41])).toBeNull()
    expect(sequenceLength(0xf5)).toBe(0)
  })
})
