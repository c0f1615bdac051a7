import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type JsonLayout, jsonToUtf8, prettyJsonToUtf8 } from './json-bytes'

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

/** Layouts of any shape, matching the value's or not; keys drawn from the same short strings. */
const layout: fc.Arbitrary<JsonLayout> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constant<JsonLayout>('items'),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('any') as fc.Arbitrary<JsonLayout>, {
      maxKeys: 4,
    }),
  ),
})).any as fc.Arbitrary<JsonLayout>

describe('jsonToUtf8', () => {
  it('is the UTF-8 of JSON.stringify, whatever the layout', () => {
    fc.assert(
      fc.property(value, layout, (input, parts) => {
        const expected = Buffer.from(JSON.stringify(input) ?? 'null')
        expect(Buffer.from(jsonToUtf8(input, parts)).equals(expected)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('indented, is the UTF-8 of JSON.stringify with that space, whatever the layout', () => {
    fc.assert(
      fc.property(value, layout, fc.constantFrom(0, 1, 2, 4), (input, parts, space) => {
        const expected = Buffer.from(JSON.stringify(input, null, space) ?? 'null')
        expect(Buffer.from(prettyJsonToUtf8(input, parts, space)).equals(expected)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('indents a report split into its documents as JSON.stringify does', () => {
    const report = {
      generatedAt: '2026-11-24T00:00:00.000Z',
      documents: [{ file: 'a.txt', issues: [], repairs: [{ line: 1, alternatives: ['x'] }] }, {}],
      empty: [],
    }
    const bytes = prettyJsonToUtf8(report, { documents: 'items', empty: 'items' }, 2)
    expect(Buffer.from(bytes).toString()).toBe(JSON.stringify(report, null, 2))
  })

  it('splits the parts a layout names', () => {
    const shard = { v: 1, d: [{ t: 'a' }, undefined, { t: 'b' }], x: { t: [['w', 1]], l: [[1]] } }
    const bytes = jsonToUtf8(shard, { d: 'items', x: { t: 'items' } })
    expect(Buffer.from(bytes).toString()).toBe(JSON.stringify(shard))
  })

  it('grows past its first buffer', () => {
    const big = {
      d: Array.from({ length: 3000 }, (_, i) => ({ t: `Item ${i} — “long” 🌍`.repeat(5) })),
    }
    expect(Buffer.from(jsonToUtf8(big, { d: 'items' })).toString()).toBe(JSON.stringify(big))
  })
})
