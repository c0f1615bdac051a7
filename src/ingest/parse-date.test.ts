import { describe, expect, it } from 'vitest'
import { formatNewsletterDate, parseDateLine } from './parse-date'

describe('parseDateLine', () => {
  it.each([
    ['Feb 3, 2025', '2025-02-03'],
    ['February 3, 2025', '2025-02-03'],
    ['Feb. 3, 2025', '2025-02-03'],
    ['Monday, February 3, 2025', '2025-02-03'],
    ['3 February 2025', '2025-02-03'],
    ['2025-02-03', '2025-02-03'],
    ['Feb 29, 2024', '2024-02-29'],
  ])('reads %s', (line, iso) => {
    expect(parseDateLine(line)).toEqual({ ok: true, iso })
  })

  it('says why an impossible date is not a date', () => {
    expect(parseDateLine('Feb 30, 2025')).toEqual({ ok: false, reason: 'Feb 2025 has no day 30' })
    expect(parseDateLine('Feb 29, 2025')).toMatchObject({ ok: false })
    expect(parseDateLine('2025-13-01')).toMatchObject({ ok: false })
    expect(parseDateLine('Fab 3, 2025')).toMatchObject({
      ok: false,
      reason: '"Fab" is not a month name',
    })
  })

  it('is null for lines that are not shaped like a date', () => {
    expect(parseDateLine('Digestly')).toBeNull()
    expect(parseDateLine('Top Podcast')).toBeNull()
    expect(parseDateLine('On Feb 3, 2025 we met')).toBeNull()
  })

  it('formats back in the newsletter form', () => {
    expect(formatNewsletterDate('2025-02-03')).toBe('Feb 3, 2025')
  })
})
