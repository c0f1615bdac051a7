import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeUtf8 } from './encode-utf8'

describe('encodeUtf8', () => {
  it('gives the bytes Buffer.from gives, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (a, b) => {
          for (const text of [a, b, a + b]) {
            expect(Buffer.from(encodeUtf8(text)).equals(Buffer.from(text))).toBe(true)
          }
        },
      ),
    )
  })

  it('encodes the empty string and text of every width', () => {
    expect(encodeUtf8('')).toHaveLength(0)
    expect([...encodeUtf8('a\u00e9\u2019\u{1f3db}\ufe0f')]).toEqual([
      ...Buffer.from('a\u00e9\u2019\u{1f3db}\ufe0f'),
    ])
  })
})
