import { describe, expect, it } from 'vitest'
import type { TermPostings } from '../../schema/search-codec'
import { closeSpellings, withinTwoEdits } from './close-spellings'

/** An index's expansions: each term with `n` documents in one field. */
function expansions(terms: Record<string, number>): Map<string, TermPostings> {
  return new Map(
    Object.entries(terms).map(([term, n]) => [term, [Int32Array.from({ length: n }, (_, i) => i)]]),
  )
}

describe('closeSpellings', () => {
  it('names a word found only by close spelling, with what was found, most frequent first', () => {
    const found = closeSpellings(
      ['Date'],
      [expansions({ dale: 2, data: 40 }), expansions({ data: 3 })],
    )
    expect(found).toEqual([{ word: 'Date', found: ['data', 'dale'] }])
  })

  it('leaves out a word found as typed or as the start of a longer word', () => {
    expect(closeSpellings(['data'], [expansions({ data: 4, date: 1 })])).toEqual([])
    expect(closeSpellings(['tes'], [expansions({ tesla: 4, yes: 9 })])).toEqual([])
    // Found as typed in one index is enough, whatever another found.
    expect(closeSpellings(['date'], [expansions({ data: 9 }), expansions({ date: 1 })])).toEqual([])
  })

  it('attributes to each word only what is within its reach, and skips common words', () => {
    const found = closeSpellings(
      ['tesla', 'the', 'fire'],
      [expansions({ tesla: 5, firm: 7, firms: 2, fore: 1 })],
    )
    expect(found).toEqual([{ word: 'fire', found: ['firm', 'firms', 'fore'] }])
  })
})

describe('withinTwoEdits', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(withinTwoEdits('date', 'data')).toBe(true)
    expect(withinTwoEdits('tesla', 'tezla')).toBe(true)
    expect(withinTwoEdits('tesla', 'tsla')).toBe(true)
    expect(withinTwoEdits('nvidia', 'nvda')).toBe(true)
    expect(withinTwoEdits('fire', 'fiery')).toBe(true)
    expect(withinTwoEdits('fire', 'water')).toBe(false)
    expect(withinTwoEdits('a', 'abcd')).toBe(false)
  })
})
