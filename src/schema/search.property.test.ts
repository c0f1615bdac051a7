import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { compactIndexSchema } from './search'

// The compact index's lists are checked by loops, not element schemas (see
// search.ts); these are the schemas they replace, which they must agree with.
const reference = z.object({
  a: z.array(z.number()),
  l: z.array(z.array(z.number())),
  t: z.array(z.tuple([z.string()], z.array(z.number()))),
})

// Mostly well-formed values, with a bad item here and there.
const item = fc.oneof(
  { weight: 20, arbitrary: fc.integer() },
  fc.double(),
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
        expect(compactIndexSchema.safeParse(value).success).toBe(reference.safeParse(value).success)
      }),
      { numRuns: 2000 },
    )
  })

  it('names the field that is wrong', () => {
    const result = compactIndexSchema.safeParse({ a: [], l: [[1, 'x']], t: [] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['l'])
  })
})
