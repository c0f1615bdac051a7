import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, it } from 'vitest'
import {
  compactIndex,
  expandIndexes,
  packIndex,
  type TermPostings,
} from '../../schema/search-codec'
import { indexTerms, indexTokens, SEARCH_FIELDS } from '../../schema/search-text'
import { closeSpellings } from './close-spellings'
import { type Query, type ScoringIndex, scoreQuery } from './score-query'

/** An index of one title per document, built and loaded as a shard is. */
function indexOf(titles: readonly string[]): ScoringIndex {
  const reference = new MiniSearch<{ id: number; t: string }>({
    fields: [...SEARCH_FIELDS],
    extractField: (doc, field) => (field === 'id' ? doc.id : field === 't' ? doc.t : ''),
    tokenize: indexTokens,
    processTerm: indexTerms,
  })
  reference.addAll(titles.map((t, id) => ({ id, t })))
  const expanded = expandIndexes([packIndex(compactIndex(reference.toJSON()))])
  return { ...expanded, terms: SearchableMap.from<TermPostings>(expanded.terms) }
}

const index = indexOf(['Tesla cars', 'Nvidia chips', 'the capitalization of Tesla', 'other news'])
const options = {
  fieldBoost: [1, 1, 1],
  documentBoost: [1, 1, 1, 1],
}
/** As the search engine asks: one edit from four letters, two from nine, and swaps. */
const typo = (word: string, transpose = true): Query => ({
  queries: [word],
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 4 ? 1 : false),
  transpose,
})
const found = (word: string, transpose = true) => {
  const scored = scoreQuery(index, typo(word, transpose), options)
  return { docs: [...scored.docs].sort(), scored }
}

describe('scoreQuery: two neighbouring letters swapped', () => {
  it('finds the word, scored as a one-edit typo, and reports it as a close spelling', () => {
    expect(found('tesal').docs).toEqual([0, 2])
    expect(found('nvidai').docs).toEqual([1])
    // "tesal" and "tesle" are each one typo from "tesla": the same score.
    const swapped = found('tesal').scored
    const replaced = found('tesle').scored
    expect(swapped.score[0]).toBeGreaterThan(0)
    expect(swapped.score[0]).toBeCloseTo(replaced.score[0] ?? 0, 10)
    expect(swapped.spellings.get('tesal')?.direct).toBe(false)
    expect([...(swapped.spellings.get('tesal')?.near.keys() ?? [])]).toEqual(['tesla'])
    expect([...swapped.expansions.keys()]).toEqual(['tesla'])
  })

  it('counts a swap as one edit where two are allowed, and once', () => {
    // Nine letters or more: MiniSearch's two edits found it already, scored as two.
    const swapped = found('capitalizaiton').scored
    const replaced = found('capitalizatien').scored
    expect(swapped.score[2]).toBeCloseTo(replaced.score[2] ?? 0, 10)
    expect(swapped.score[2]).toBeGreaterThan(found('capitalizaiton', false).scored.score[2] ?? 0)
  })

  it('only where a typo is allowed, and not when the query does not ask for swaps', () => {
    expect(found('tesal', false).docs).toEqual([])
    expect(found('ohter').docs).toEqual([3])
    // Three letters: no typo, no swap.
    expect(indexOf(['gpu']).terms.get('gpu')).toBeDefined()
    expect(scoreQuery(indexOf(['gpu']), typo('gup'), options).docs.length).toBe(0)
  })
})

describe('close spellings', () => {
  /** Documents with a title, a bullet and a podcast field each. */
  function indexOfFields(docs: readonly [string, string, string][]): ScoringIndex {
    const reference = new MiniSearch<{ id: number; texts: [string, string, string] }>({
      fields: [...SEARCH_FIELDS],
      extractField: (doc, field) =>
        field === 'id' ? doc.id : doc.texts[SEARCH_FIELDS.indexOf(field as 't')],
      tokenize: indexTokens,
      processTerm: indexTerms,
    })
    reference.addAll(docs.map((texts, id) => ({ id, texts })))
    const expanded = expandIndexes([packIndex(compactIndex(reference.toJSON()))])
    return { ...expanded, terms: SearchableMap.from<TermPostings>(expanded.terms) }
  }

  it('rank the words found instead by how many documents have them, each document once', () => {
    // "tesla" is in one document (in all three of its fields), "tesza" in two.
    const fields = indexOfFields([
      ['Tesla', 'tesla', 'tesla'],
      ['Tesza', '', ''],
      ['Tesza', '', ''],
    ])
    const { spellings } = scoreQuery(fields, typo('tesxa'), {
      ...options,
      documentBoost: [1, 1, 1],
    })
    expect(closeSpellings([{ word: 'tesxa', term: 'tesxa' }], [spellings])).toEqual([
      { word: 'tesxa', found: ['tesza', 'tesla'] },
    ])
  })
})

describe('scoreQuery: swaps of letters outside the BMP', () => {
  it('swaps such a letter whole, with its neighbour', () => {
    // "𠀀" (U+20000) is two code units: swapped by code unit, "ab𠀀cd" would become no word.
    const astral = indexOf(['ab𠀀cd news', 'other'])
    expect([...scoreQuery(astral, typo('a𠀀bcd'), options).docs]).toEqual([0])
    expect([...scoreQuery(astral, typo('ab𠀀dc'), options).docs]).toEqual([0])
  })
})
