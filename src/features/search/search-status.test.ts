import { describe, expect, it } from 'vitest'
import { quoteQuery, statusText } from './search-status'

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

describe('statusText for words found only by close spelling', () => {
  it('says which words the results have instead', () => {
    expect(
      statusText({
        ...base,
        query: 'date',
        count: 377,
        allWords: true,
        closeSpellings: [{ word: 'date', found: ['data'] }],
      }),
    ).toBe('377 results for “date”. The digests do not have “date”; these results have “data”.')
    expect(
      statusText({
        ...base,
        query: 'fire',
        count: 50,
        allWords: true,
        closeSpellings: [{ word: 'fire', found: ['firm', 'firms', 'fore'] }],
      }),
    ).toBe(
      '50 results for “fire”. The digests do not have “fire”; these results have “firm”, “firms” or “fore”.',
    )
  })
})

describe('statusText for a podcast the site does not have', () => {
  it('says so, not that the podcast has no results', () => {
    expect(statusText({ ...base, count: 0, podcast: 'nope', unknownPodcast: true })).toBe(
      'No digest has covered a podcast called “nope”.',
    )
  })
})

describe('quoteQuery', () => {
  it('quotes a quoted phrase once', () => {
    expect(quoteQuery('"freak out"')).toBe('“freak out”')
    expect(quoteQuery('“freak out”')).toBe('“freak out”')
    // Every quote parseQuery takes for one, the low German opening quote too.
    expect(quoteQuery('„freak out“')).toBe('“freak out”')
    // A quote left open while typing is still the phrase.
    expect(quoteQuery('"freak out')).toBe('“freak out”')
  })

  it('writes quotes inside a longer query as single quotes', () => {
    expect(quoteQuery('tariffs "freak out"')).toBe('“tariffs ‘freak out’”')
    expect(quoteQuery('"deep seek" and "freak out"')).toBe('“‘deep seek’ and ‘freak out’”')
    expect(quoteQuery('tariffs "freak out')).toBe('“tariffs ‘freak out”')
  })

  it('quotes a plain query as typed', () => {
    expect(quoteQuery('tariffs china')).toBe('“tariffs china”')
  })
})

describe('statusText of a phrase', () => {
  it('names the phrase in one pair of quotes', () => {
    expect(statusText({ ...base, query: '"freak out"', allWords: true, count: 2 })).toBe(
      '2 results for “freak out”',
    )
  })
})

describe('statusText of a lone "us", "it" or "who" searched as the acronym', () => {
  const us = { ...base, query: 'us', allWords: true, acronym: { typed: 'us', acronym: 'US' } }

  it('says it was read as the acronym, and why, with results or without', () => {
    expect(statusText({ ...us, count: 8 })).toBe(
      '8 results for “us”. Read as the acronym “US”: the word “us” is too common to search.',
    )
    expect(statusText({ ...us, count: 0, podcast: 'All-In' })).toBe(
      'No results for “us” in All-In. Read as the acronym “US”: the word “us” is too common to search.',
    )
  })

  it('says nothing of why for the acronym typed with dots in lower case: that is what it is', () => {
    const dotted = { ...us, query: 'u.s.', acronym: { typed: 'u.s.', acronym: 'US' } }
    expect(statusText({ ...dotted, count: 8 })).toBe('8 results for “u.s.”')
  })

  it('says nothing of it while the index loads, nor for the acronym typed in capitals', () => {
    expect(statusText({ ...us, count: 0, loading: true })).toBe('Loading the search index…')
    expect(statusText({ ...base, query: 'US', allWords: true, count: 8 })).toBe(
      '8 results for “US”',
    )
  })
})
