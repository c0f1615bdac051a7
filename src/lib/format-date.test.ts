import { describe, expect, it } from 'vitest'
import { formatDigestDate, formatDigestDay } from './format-date'
import { formatMonth } from './format-month'

// Intl is the oracle: the hand-written formats must say exactly what it says.
const long = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
const full = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' })
const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** Every day from `from` for `days` days, as `YYYY-MM-DD`. */
function days(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  )
}

describe('digest dates', () => {
  it('are written for people, on the calendar day whatever the time zone', () => {
    expect(formatDigestDate('2025-02-03')).toBe('February 3, 2025')
    expect(formatDigestDay('2025-02-03')).toBe('Monday, February 3, 2025')
    expect(formatMonth('2025-02')).toBe('February 2025')
  })

  it('say what Intl says, for every day of four years and a few far ones', () => {
    const dates = [...days('2023-01-01', 4 * 366), '1970-01-01', '1999-12-31', '2100-02-28']
    for (const date of dates) {
      const utc = new Date(`${date}T00:00:00Z`)
      expect(formatDigestDate(date)).toBe(long.format(utc))
      expect(formatDigestDay(date)).toBe(full.format(utc))
      expect(formatMonth(date.slice(0, 7))).toBe(monthYear.format(utc))
    }
  })

  it('fall back to the raw text when it is not a date', () => {
    expect(formatDigestDate('not-a-date')).toBe('not-a-date')
    expect(formatDigestDay('2025-13-01')).toBe('2025-13-01')
    expect(formatMonth('someday')).toBe('someday')
  })
})
