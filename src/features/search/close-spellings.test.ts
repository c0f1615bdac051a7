import { describe, expect, it } from 'vitest'
import { closeSpellings } from './close-spellings'
import type { TermSpelling } from './score-query'

/** One index's spellings, by processed term. */
function index(spellings: Record<string, TermSpelling>): Map<string, TermSpelling> {
  return new Map(Object.entries(spellings))
}
const near = (documents: Record<string, number>): TermSpelling => ({
  direct: false,
  near: new Map(Object.entries(documents)),
})

describe('closeSpellings', () => {
  it('names a word found only by close spelling, with what was found, most documents first', () => {
    const found = closeSpellings(
      ['Date'],
      [index({ date: near({ dale: 2, data: 40 }) }), index({ date: near({ data: 3 }) })],
    )
    expect(found).toEqual([{ word: 'Date', found: ['data', 'dale'] }])
  })

  it('leaves out a word some index found as typed or as a prefix', () => {
    const direct: TermSpelling = { direct: true, near: new Map() }
    expect(
      closeSpellings(['date'], [index({ date: near({ data: 9 }) }), index({ date: direct })]),
    ).toEqual([])
  })

  it('leaves out common words and words found nowhere, and shows three at most', () => {
    const found = closeSpellings(
      ['the', 'zzz', 'fire'],
      [index({ zzz: near({}), fire: near({ firm: 7, firms: 2, fore: 1, fired: 1 }) })],
    )
    expect(found).toEqual([{ word: 'fire', found: ['firm', 'firms', 'fired'] }])
  })
})
