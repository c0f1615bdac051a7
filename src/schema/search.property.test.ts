import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { compactIndexSchema } from './search'

// The compact index's lists are checked by loops, not element schemas (see
// search.ts); these are the schemas they replace, which they must agree with:
// counts, whole numbers from 0 to 2^32 - 1.
const count = z.int().check(z.gte(0), z.lte(0xffff_ffff))
const reference = z.object({
  a: z.array(z.number()),
  l: z.array(z.array(count)),
  t: z.array(z.tuple([z.string()], z.array(count))),
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
