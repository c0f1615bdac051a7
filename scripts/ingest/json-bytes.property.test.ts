import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonToUtf8 } from './json-bytes'

/** JSON values, with what JSON.stringify drops or writes as null: undefined, functions, toJSON. */
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, () => 1, new Date(0), '🏛️ “quoted”', '\uD83C'),
    fc.array(tie('any'), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('any'), { maxKeys: 5 }),
  ),
})).any

describe('jsonToUtf8', () => {
  it('is the UTF-8 of JSON.stringify at every depth', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (input, depth) => {
        const expected = Buffer.from(JSON.stringify(input) ?? 'null')
        expect(Buffer.from(jsonToUtf8(input, depth)).equals(expected)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('grows past its first buffer', () => {
    const big = {
      d: Array.from({ length: 3000 }, (_, i) => ({ t: `Item ${i} — “long” 🌍`.repeat(5) })),
    }
    expect(Buffer.from(jsonToUtf8(big, 2)).toString()).toBe(JSON.stringify(big))
  })
})
