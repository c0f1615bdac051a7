import { describe, expect, it } from 'vitest'
import { formatInstant, formatSavedAt } from './format-saved-at'

// Intl is the oracle: the hand-written format must say exactly what it says.
const mediumShort = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

describe('formatInstant', () => {
  it('says what Intl says, in the local time zone, at every hour and odd minutes', () => {
    const start = Date.parse('2025-02-03T00:00:00Z')
    for (let i = 0; i < 24 * 40; i++) {
      // Every hour of 40 days, with minutes that need their leading zero and not.
      const instant = new Date(start + i * 3_600_000 + (i % 60) * 60_000)
      expect(formatInstant(instant)).toBe(mediumShort.format(instant))
    }
  })
})

describe('formatSavedAt', () => {
  it('is empty for an unreadable stamp', () => {
    expect(formatSavedAt('yesterday-ish')).toBe('')
  })
})
