import { describe, expect, it } from 'vitest'
import { monthsByYear, parseFromParam } from './archive-month-jump'

describe('monthsByYear', () => {
  it('groups the months under their years, both newest first', () => {
    const months = [
      { month: '2025-02', count: 3 },
      { month: '2025-01', count: 31 },
      { month: '2024-12', count: 31 },
      { month: '2023-07', count: 1 },
    ]
    expect(monthsByYear(months)).toEqual([
      { year: '2025', months: [months[0], months[1]] },
      { year: '2024', months: [months[2]] },
      { year: '2023', months: [months[3]] },
    ])
  })

  it('has no year for an empty archive', () => {
    expect(monthsByYear([])).toEqual([])
  })
})

describe('parseFromParam', () => {
  it('reads a month, and anything else as none (the newest window)', () => {
    expect(parseFromParam(new URLSearchParams('from=2024-05'))).toBe('2024-05')
    for (const query of ['', 'from=', 'from=2024-5', 'from=2024-13', 'from=<b>'])
      expect(parseFromParam(new URLSearchParams(query)), query).toBeNull()
  })
})
