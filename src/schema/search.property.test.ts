import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { compactIndexSchema } from './search'
import { validate } from './validate'

// The compact index's lists are checked by loops, not element schemas (see
// search.ts); these are the schemas they replace, which they must agree with:
// counts, whole numbers from 0 to 2^32 - 1.
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffff_ffff))
const reference = v.object({
  a: v.array(v.number()),
  l: v.array(v.array(count)),
  t: v.array(v.tupleWithRest([v.string()], v.array(count))),
})

// Mostly well-formed values, with a bad item here and there.
const item = fc.oneof(
  { weight: 20, arbitrary: fc.nat() },
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, '1', null, undefined, [], {}),
)
const numberList = fc.oneof({ weight: 10, arbitrary: fc.array(item) }, fc.anything())
const entry = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.string(), fc.array(numberList)).map(([t, r]) => [t, ...r]) },
  fc.array(fc.anything()),
  fc.anything(),
)
const index = fc.record({
  a: fc.array(fc.integer()),
  l: fc.oneof({ weight: 10, arbitrary: fc.array(numberList) }, fc.anything()),
  t: fc.oneof({ weight: 10, arbitrary: fc.array(entry) }, fc.anything()),
})

describe('compactIndexSchema', () => {
  it('accepts exactly what the element-by-element schemas accept', () => {
    fc.assert(
      fc.property(index, (value) => {
        expect(v.is(compactIndexSchema, value)).toBe(v.is(reference, value))
      }),
      { numRuns: 2000 },
    )
  })

  it('names the field that is wrong', () => {
    const result = validate(compactIndexSchema, { a: [], l: [[1, 'x']], t: [] })
    expect(result).toEqual({ ok: false, problem: 'expected a list of lists of whole numbers at l' })
  })
})
