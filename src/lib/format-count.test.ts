import { describe, expect, it } from 'vitest'
import { countOf, formatCount } from './format-count'

describe('formatCount', () => {
  it('writes whole numbers as Intl.NumberFormat("en") does', () => {
    const intl = new Intl.NumberFormat('en')
    for (const n of [0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 2 ** 31, -4321])
      expect(formatCount(n)).toBe(intl.format(n))
  })
})

describe('countOf', () => {
  it('groups the digits and picks the noun for one or many', () => {
    expect(countOf(1, 'digest')).toBe('1 digest')
    expect(countOf(0, 'digest')).toBe('0 digests')
    expect(countOf(10_000, 'digest')).toBe('10,000 digests')
    expect(countOf(2, 'podcast', 'podcasts')).toBe('2 podcasts')
    expect(countOf(1_001, 'entry', 'entries')).toBe('1,001 entries')
  })
})
