import { describe, expect, it } from 'vitest'
import { episodeYears } from './podcast-years'

describe('episodeYears', () => {
  it('counts the episodes of each year, newest year first', () => {
    const dates = ['2026-01-03', '2025-12-30', '2025-06-01', '2023-02-02', '2026-02-01']
    expect(episodeYears(dates.map((date) => ({ date })))).toEqual([
      { year: '2026', count: 2 },
      { year: '2025', count: 2 },
      { year: '2023', count: 1 },
    ])
  })
})
