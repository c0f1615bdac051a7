import { describe, expect, it } from 'vitest'
import { isEmptyQuery, parseQuery } from './parse-query'

describe('parseQuery', () => {
  it('splits free words', () => {
    expect(parseQuery('  Deap   Seek ')).toEqual({ terms: ['Deap', 'Seek'], phrases: [] })
  })

  it('takes a quoted phrase as one phrase, punctuation between words ignored', () => {
    expect(parseQuery('china "trillion-dollar decline" cost')).toEqual({
      terms: ['china', 'cost'],
      phrases: [{ words: ['trillion', 'dollar', 'decline'], open: false }],
    })
  })

  it('accepts typographic quotes and several phrases', () => {
    expect(parseQuery('“open source” "model release"').phrases).toEqual([
      { words: ['open', 'source'], open: false },
      { words: ['model', 'release'], open: false },
    ])
  })

  it('marks a phrase whose closing quote is not typed yet as open', () => {
    expect(parseQuery('"trillion-dol')).toEqual({
      terms: [],
      phrases: [{ words: ['trillion', 'dol'], open: true }],
    })
  })

  it('reads "us", "it" or "who" typed alone as the acronym in capitals, not with other words', () => {
    for (const alone of ['us', 'Us', ' us ', 'US']) expect(parseQuery(alone).terms).toEqual(['US'])
    expect(parseQuery('it').terms).toEqual(['IT'])
    expect(parseQuery('who').terms).toEqual(['WHO'])
    expect(parseQuery('who is').terms).toEqual(['who', 'is'])
    expect(parseQuery('us chips').terms).toEqual(['us', 'chips'])
    // With dots, as a reader types the acronym: the same word, "us".
    expect(parseQuery('u.s.')).toEqual({
      terms: ['US'],
      phrases: [],
      acronym: { typed: 'u.s.', acronym: 'US' },
    })
    expect(parseQuery(' u.s ').terms).toEqual(['US'])
    expect(parseQuery('u.s. chips').terms).toEqual(['us', 'chips'])
    expect(parseQuery('the').terms).toEqual(['the'])
    expect(parseQuery('"us"')).toEqual({ terms: [], phrases: [{ words: ['us'], open: false }] })
  })

  it('tells when it read a word typed in lower case as the acronym, for the page to say so', () => {
    expect(parseQuery('us').acronym).toEqual({ typed: 'us', acronym: 'US' })
    expect(parseQuery(' Who ').acronym).toEqual({ typed: 'Who', acronym: 'WHO' })
    for (const query of ['US', 'U.S.', 'us chips', 'u.s. chips', '"us"', '"u.s."', 'the']) {
      expect(parseQuery(query).acronym, query).toBeUndefined()
    }
  })

  it('reads a shouted run across quotes as the index reads the same text', () => {
    // The index reads "WHAT "IT" MEANS" as one run of capitals, its "IT" the stop word.
    expect(parseQuery('WHAT "IT" MEANS').phrases).toEqual([{ words: ['it'], open: false }])
    expect(parseQuery('U.S. G"PU').terms).toEqual(['us', 'G'])
    expect(parseQuery('the "US" market').phrases).toEqual([{ words: ['US'], open: false }])
  })

  it('ignores empty quotes, and an empty or punctuation-only query is empty', () => {
    expect(parseQuery('"" ai').phrases).toEqual([])
    expect(isEmptyQuery(parseQuery(''))).toBe(true)
    expect(isEmptyQuery(parseQuery('  " - ! "'))).toBe(true)
    expect(isEmptyQuery(parseQuery('ai'))).toBe(false)
  })
})
