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

  it('ignores empty quotes, and an empty or punctuation-only query is empty', () => {
    expect(parseQuery('"" ai').phrases).toEqual([])
    expect(isEmptyQuery(parseQuery(''))).toBe(true)
    expect(isEmptyQuery(parseQuery('  " - ! "'))).toBe(true)
    expect(isEmptyQuery(parseQuery('ai'))).toBe(false)
  })
})
