import { describe, expect, it } from 'vitest'
import { statusText } from './search-status'

const base = {
  query: 'tariffs china',
  empty: false,
  hasWords: true,
  searchable: true,
  loading: false,
  unavailable: false,
  allWords: false,
  podcast: null,
}

describe('statusText', () => {
  it('agrees in number when only some of the words were found', () => {
    expect(statusText({ ...base, count: 1 })).toBe(
      'No result has every word of “tariffs china”; 1 result has some of them',
    )
    expect(statusText({ ...base, count: 3 })).toBe(
      'No result has every word of “tariffs china”; 3 results have some of them',
    )
  })
})
