import { describe, expect, it } from 'vitest'
import {
  indexTerms,
  indexTokens,
  isCapitalsTerm,
  queryTerm,
  tokenize,
  wordSpans,
} from './search-text'

describe('stop words written in capitals', () => {
  it('are terms of their own, in capitals, on both sides; in lower case they stay out', () => {
    expect(indexTerms('US')).toEqual(['US'])
    expect(indexTerms('WHO’s')).toEqual(['WHO'])
    expect(queryTerm('IT')).toBe('IT')
    expect(queryTerm('WHO')).toBe('WHO')
    for (const word of ['us', 'Us', 'it', 'It', 'who', 'Who', 'A']) {
      expect(indexTerms(word), word).toEqual([])
      expect(queryTerm(word), word).toBeNull()
    }
    // Not stop words: folded to lower case as ever.
    expect(indexTerms('AI')).toEqual(['ai'])
    expect(queryTerm('GPU')).toBe('gpu')
    expect(isCapitalsTerm('US')).toBe(true)
    expect(isCapitalsTerm('us')).toBe(false)
    expect(isCapitalsTerm('ai')).toBe(false)
  })

  it('are read as stop words in a shouted run of three or more words in capitals', () => {
    expect(tokenize('WHAT IT MEANS FOR US')).toEqual(['what', 'it', 'MEANS', 'for', 'us'])
    expect(indexTokens('WHAT IT MEANS').flatMap(indexTerms)).toEqual(['means', 'whatit', 'itmeans'])
    // A run of two is a pair of acronyms, and a run broken by lower case is no run.
    expect(tokenize('US AI chips')).toEqual(['US', 'AI', 'chips'])
    expect(tokenize('the WHO and the CDC')).toEqual(['the', 'WHO', 'and', 'the', 'CDC'])
    expect(tokenize('NEW RULES: the US and IT')).toEqual(['NEW', 'RULES', 'the', 'US', 'and', 'IT'])
    expect(tokenize('BIG NEWS FROM US firms')).toEqual(['BIG', 'NEWS', 'from', 'us', 'firms'])
  })

  it('leave ordinary sentences as they were', () => {
    const text = 'It told us who won, and it was the US.'
    expect(indexTokens(text).flatMap(indexTerms)).toEqual(['told', 'won', 'US'])
  })
})

describe('acronyms written with dots', () => {
  it('read as their letters, so "U.S." is "US", "U.K." is "UK" and "U.S.A." is "USA"', () => {
    expect(tokenize('U.S. export controls')).toEqual(['US', 'export', 'controls'])
    expect(tokenize('the U.K., the U.S.A and A.I.')).toEqual([
      'the',
      'UK',
      'the',
      'USA',
      'and',
      'AI',
    ])
    expect(indexTokens('Made in the U.S.').flatMap(indexTerms)).toEqual(['made', 'US'])
    expect(indexTokens('the U.K. and the UK').flatMap(indexTerms)).toEqual(['uk', 'uk'])
    expect(tokenize('U.S.').map(queryTerm)).toEqual(['US'])
    expect(tokenize('U.K.').map(queryTerm)).toEqual(['uk'])
  })

  it('cover their dots as written, for the marks', () => {
    const text = 'Made in the U.S.A. today, by U.K firms'
    const spans = wordSpans(text)
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Made',
      'in',
      'the',
      'U.S.A.',
      'today',
      'by',
      'U.K',
      'firms',
    ])
    expect(spans.map((span) => span.text)).toEqual(tokenize(text))
  })

  it('are single letters of one case: "U.s.", "Ph.D." and "U. S." stay what they were', () => {
    expect(tokenize('e.g. i.e. U.s. Ph.D. AB.C U. S. a.B.')).toEqual([
      'eg',
      'ie',
      'U',
      's',
      'Ph',
      'D',
      'AB',
      'C',
      'U',
      'S',
      'a',
      'B',
    ])
  })

  it('may be written in lower case: "u.s." is the word "us", as typed in a search', () => {
    // Read as the letters "u" and "s", a reader's "u.s." was nothing at all.
    // As "us" it is what "us" is: the stop word in running text, and typed
    // alone, searched as "US" (features/search/parse-query.ts).
    expect(tokenize('the u.s. and the e.g.')).toEqual(['the', 'us', 'and', 'the', 'eg'])
    expect(indexTokens('made in the u.s., e.g. at 9 a.m.').flatMap(indexTerms)).toEqual([
      'made',
      'eg',
      '9',
      'am',
    ])
    expect(tokenize('u.k.').map(queryTerm)).toEqual(['uk'])
    const text = 'in the u.s. today'
    expect(wordSpans(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'in',
      'the',
      'u.s.',
      'today',
    ])
  })

  it('read as the acronym they spell in a shouted run, and join no pair across a final dot', () => {
    expect(tokenize('WHAT U.S. FIRMS SAY')).toEqual(tokenize('WHAT US FIRMS SAY'))
    expect(indexTokens('U.S.-China trade')).toEqual(indexTokens('US-China trade'))
    // The final dot may end a sentence ("in the U.S. The"), as "Seek. The" does.
    expect(indexTokens('the U.S. China')).toEqual(['the', 'US', 'China'])
  })
})
