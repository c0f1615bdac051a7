import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { siteIndexSchema } from './site-index'

const index = (version: number, months: unknown[]) => ({
  version,
  site: 'Digestly',
  latest: '2025-03-01',
  digestCount: 3,
  months,
  podcasts: [],
  postCount: 0,
})

describe('siteIndexSchema', () => {
  it('reads months as days (version 2) and as full dates (version 1, an offline copy)', () => {
    expect(v.is(siteIndexSchema, index(2, [{ month: '2025-03', count: 2, days: '2-1' }]))).toBe(
      true,
    )
    expect(
      v.is(
        siteIndexSchema,
        index(1, [{ month: '2025-03', count: 2, dates: ['2025-03-02', '2025-03-01'] }]),
      ),
    ).toBe(true)
  })

  it('refuses days that do not name `count` days of the month, newest first', () => {
    for (const month of [
      { month: '2025-03', count: 3, days: '2-1' },
      { month: '2025-03', count: 2, days: '1-2' },
      { month: '2025-02', count: 1, days: '30' },
      { month: '2025-03', count: 1, days: 'x' },
    ]) {
      expect(v.is(siteIndexSchema, index(2, [month])), JSON.stringify(month)).toBe(false)
    }
    expect(v.is(siteIndexSchema, index(3, []))).toBe(false)
  })
})
