import { describe, expect, it } from 'vitest'
import { formatDigestDate, formatDigestDay } from './format-date'

describe('digest dates', () => {
  it('are written for people, on the calendar day whatever the time zone', () => {
    expect(formatDigestDate('2025-02-03')).toBe('February 3, 2025')
    expect(formatDigestDay('2025-02-03')).toBe('Monday, February 3, 2025')
  })

  it('fall back to the raw text when it is not a date', () => {
    expect(formatDigestDate('not-a-date')).toBe('not-a-date')
  })
})
