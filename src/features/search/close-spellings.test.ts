import { describe, expect, it } from 'vitest'
import type { TermPostings } from '../../schema/search-codec'
import { queryTerm } from '../../schema/search-text'
import { closeSpellings, documentsWith } from './close-spellings'
import type { TermSpelling } from './score-query'

/** One index's spellings, by processed term. */
function index(spellings: Record<string, TermSpelling>): Map<string, TermSpelling> {
  return new Map(Object.entries(spellings))
}
/** The query's words with their terms, as the search engine gives them. */
const words = (...typed: string[]) => typed.map((word) => ({ word, term: queryTerm(word) }))
/** Postings of `n` documents, in the title field. */
const inTitles = (n: number): TermPostings => [
  Int32Array.from({ length: n * 2 }, (_, at) => at >> 1),
]
const near = (documents: Record<string, number>): TermSpelling => ({
  direct: false,
  near: new Map(Object.entries(documents).map(([term, n]) => [term, inTitles(n)])),
})

describe('closeSpellings', () => {
  it('names a word found only by close spelling, with what was found, most documents first', () => {
    const found = closeSpellings(words('Date'), [
      index({ date: near({ dale: 2, data: 40 }) }),
      index({ date: near({ data: 3 }) }),
    ])
    expect(found).toEqual([{ word: 'Date', found: ['data', 'dale'] }])
  })

  it('leaves out a word some index found as typed or as a prefix', () => {
    const direct: TermSpelling = { direct: true, near: new Map() }
    expect(
      closeSpellings(words('date'), [index({ date: near({ data: 9 }) }), index({ date: direct })]),
    ).toEqual([])
  })

  it('leaves out common words and words found nowhere, and shows three at most', () => {
    const found = closeSpellings(words('the', 'zzz', 'fire'), [
      index({ zzz: near({}), fire: near({ firm: 7, firms: 2, fore: 1, fired: 1 }) }),
    ])
    expect(found).toEqual([{ word: 'fire', found: ['firm', 'firms', 'fired'] }])
  })
})

describe('documentsWith', () => {
  it('counts each document once, whichever fields hold the word', () => {
    const list = (...docs: number[]) => Int32Array.from(docs.flatMap((doc) => [doc, 1]))
    expect(documentsWith([list(1, 4, 9), undefined, list(0, 4, 7, 9, 12)])).toBe(6)
    expect(documentsWith([list(2, 3), list(2, 3), list(2, 3)])).toBe(2)
    expect(documentsWith([undefined, list(5)])).toBe(1)
    expect(documentsWith([])).toBe(0)
  })
})
