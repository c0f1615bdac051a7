import { describe, expect, it } from 'vitest'
import { formatCount } from './format-count'

describe('formatCount', () => {
  it('writes whole numbers as Intl.NumberFormat("en") does', () => {
    const intl = new Intl.NumberFormat('en')
    for (const n of [0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 2 ** 31, -4321])
      expect(formatCount(n)).toBe(intl.format(n))
  })
})
