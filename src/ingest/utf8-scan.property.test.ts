import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanUtf8 } from './utf8-scan'

const strict = new TextDecoder('utf-8', { fatal: true })

/** The platform's strict decoder as the reference: whether every byte is valid UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Bytes that are mostly UTF-8 with some damage: encoded text, then random bytes spliced in. */
const damagedText = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }),
  )
  .map(([text, bytes]) => {
    const out = [...new TextEncoder().encode(text)]
    for (const [at, byte] of bytes) out.splice(at % (out.length + 1), 0, byte)
    return Uint8Array.from(out)
  })

/**
 * Lead bytes and continuation bytes at the edges of UTF-8's ranges: overlong
 * forms, surrogates, code points past U+10FFFF and cut sequences are all a
 * lead and up to three of these.
 */
const LEADS = [
  0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5,
]
const TRAILS = [0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0]

/** Every lead followed by every run of zero to three edge bytes. */
function* edgeSequences(): Generator<Uint8Array> {
  const runs: number[][] = [[]]
  for (let length = 1; length <= 3; length++) {
    for (const run of runs.filter((r) => r.length === length - 1))
      for (const trail of TRAILS) runs.push([...run, trail])
  }
  for (const lead of LEADS) for (const run of runs) yield Uint8Array.from([lead, ...run])
}

describe('scanUtf8', () => {
  it('finds no invalid byte exactly when a strict decoder accepts the bytes', () => {
    fc.assert(
      fc.property(fc.oneof(damagedText, fc.uint8Array({ maxLength: 24 })), (bytes) => {
        expect(scanUtf8(bytes).firstInvalid === -1).toBe(isUtf8(bytes))
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees with a strict decoder on every sequence at the edges of the ranges', () => {
    let checked = 0
    for (const bytes of edgeSequences()) {
      const hex = [...bytes].map((b) => b.toString(16)).join(' ')
      expect(scanUtf8(bytes).firstInvalid === -1, hex).toBe(isUtf8(bytes))
      checked++
    }
    expect(checked).toBe(LEADS.length * (1 + 8 + 64 + 512))
  })

  it('counts one sequence per character above U+007F of valid text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const wide = [...text].filter((c) => (c.codePointAt(0) ?? 0) >= 0x80).length
        expect(scanUtf8(new TextEncoder().encode(text))).toEqual({
          firstInvalid: -1,
          multiByte: wide,
        })
      }),
    )
  })

  it('names the offset of the first invalid byte after a valid prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), damagedText, (text, rest) => {
        const prefix = new TextEncoder().encode(text)
        // 0xFF is never valid in UTF-8.
        const bytes = Uint8Array.from([...prefix, 0xff, ...rest])
        expect(scanUtf8(bytes).firstInvalid).toBe(prefix.length)
      }),
    )
  })
})
