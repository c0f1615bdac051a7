import { describe, expect, it } from 'vitest'
import { indexTerms, indexTokens, isCapitalsTerm, queryTerm, tokenize } from './search-text'

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
