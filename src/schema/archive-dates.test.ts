import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  archiveDates,
  countDays,
  decodeDays,
  encodeDays,
  type MonthOfDates,
  neighbourDates,
} from './archive-dates'

const iso = (month: string, days: number[]) =>
  days.map((day) => `${month}-${String(day).padStart(2, '0')}`)

describe('encodeDays', () => {
  it('writes runs of consecutive days as ranges, newest first', () => {
    expect(encodeDays(iso('2025-01', [31, 30, 29, 27, 25, 24, 23, 22, 21, 20, 1]))).toBe(
      '31-29,27,25-20,1',
    )
    expect(encodeDays(iso('2025-02', [3]))).toBe('3')
    expect(encodeDays([])).toBe('')
  })
})

describe('decodeDays', () => {
  it('gives the dates back, newest first', () => {
    expect(decodeDays('2025-01', '31-29,27,2-1')).toEqual(iso('2025-01', [31, 30, 29, 27, 2, 1]))
  })

  it('counts them without writing them out (countDays)', () => {
    expect(countDays('2025-01', '31-29,27,2-1')).toBe(6)
    expect(countDays('2025-01', '3,5')).toBeNull()
  })

  it('refuses what is not a list of days of that month, each older than the last', () => {
    for (const days of ['', '32', '29-30', '3,3', '3,5', '0', '5-0', '1,', 'a', '2-1-0'])
      expect(decodeDays('2025-01', days), days).toBeNull()
    // February 2025 has 28 days, 2024 had 29.
    expect(decodeDays('2025-02', '29')).toBeNull()
    expect(decodeDays('2024-02', '29')).toEqual(['2024-02-29'])
    expect(decodeDays('2025-13', '1')).toBeNull()
  })

  it('reads back whatever encodeDays wrote', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1 }), (days) => {
        const dates = iso(
          '2025-03',
          [...days].sort((a, b) => b - a),
        )
        expect(decodeDays('2025-03', encodeDays(dates))).toEqual(dates)
      }),
    )
  })
})

describe('neighbourDates', () => {
  // Version 2 writes days, version 1 (an offline copy) dates: both are read.
  const versions: Array<[string, MonthOfDates[]]> = [
    [
      'days',
      [
        { month: '2025-03', days: '1' },
        { month: '2025-02', days: '28,3' },
      ],
    ],
    [
      'dates',
      [
        { month: '2025-03', dates: ['2025-03-01'] },
        { month: '2025-02', dates: ['2025-02-28', '2025-02-03'] },
      ],
    ],
  ]
  for (const [kind, months] of versions) {
    it(`crosses month boundaries in both directions (${kind})`, () => {
      expect(archiveDates(months)).toEqual(['2025-03-01', '2025-02-28', '2025-02-03'])
      expect(neighbourDates(months, '2025-02-28')).toEqual({
        older: '2025-02-03',
        newer: '2025-03-01',
      })
      expect(neighbourDates(months, '2025-03-01')).toEqual({ older: '2025-02-28', newer: null })
      expect(neighbourDates(months, '2025-02-03')).toEqual({ older: null, newer: '2025-02-28' })
      expect(neighbourDates(months, '2024-01-01')).toEqual({ older: null, newer: null })
    })
  }
})

describe('neighbourDates over days', () => {
  it('agrees with the neighbours in the whole list of dates, for every date', () => {
    const month = fc.record({
      month: fc.integer({ min: 0, max: 40 }),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 28 }),
    })
    fc.assert(
      fc.property(fc.uniqueArray(month, { selector: (m) => m.month, maxLength: 6 }), (drawn) => {
        const months: MonthOfDates[] = drawn
          .sort((a, b) => b.month - a.month)
          .map(({ month: n, days }) => {
            const name = `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
            return {
              month: name,
              days: encodeDays(
                iso(
                  name,
                  [...days].sort((a, b) => b - a),
                ),
              ),
            }
          })
        const all = archiveDates(months)
        for (const [at, date] of all.entries()) {
          expect(neighbourDates(months, date)).toEqual({
            older: all[at + 1] ?? null,
            newer: all[at - 1] ?? null,
          })
        }
      }),
    )
  })
})
