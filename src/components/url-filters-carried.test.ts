import { describe, expect, it } from 'vitest'
import { carriedFilters } from './url-filters-carried'

describe('carriedFilters', () => {
  it('keeps the podcast and Unread only, in that order', () => {
    expect(carriedFilters('?unread=1&podcast=modern-wisdom')).toBe(
      '?podcast=modern-wisdom&unread=1',
    )
  })

  it('leaves the archive window and anything else behind', () => {
    expect(carriedFilters('?from=2024-05&podcast=the-daily&utm_source=x')).toBe(
      '?podcast=the-daily',
    )
  })

  it('drops what the filters would not read', () => {
    expect(carriedFilters('?podcast=%3Cscript%3E&unread=yes')).toBe('')
    expect(carriedFilters('')).toBe('')
  })
})
