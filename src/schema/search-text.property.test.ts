import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capitalisedPairs, indexTokens, tokenize, wordSpans } from './search-text'
import { searchText } from './search-text.arbitrary'

/** Stop words in capitals, and a line break: runs of capitals long, short and cut by a line. */
const CAPITALS = ['US ', 'IT', 'WHO', '\n']

describe('indexTokens', () => {
  it('reads the words as tokenize reads a query', () => {
    fc.assert(
      fc.property(searchText, (text) => {
        const spans = wordSpans(text)
        expect(indexTokens(text).slice(0, spans.length)).toEqual(tokenize(text))
      }),
      { numRuns: 300 },
    )
  })

  it('is every word as read, then every capitalised pair as the highlighter finds them', () => {
    fc.assert(
      fc.property(searchText, (text) => {
        const spans = wordSpans(text)
        const pairs = capitalisedPairs(text, spans).map(
          (at) => `${spans[at]?.text}${spans[at + 1]?.text}`,
        )
        expect(indexTokens(text)).toEqual([...spans.map((span) => span.read), ...pairs])
      }),
      { numRuns: 300 },
    )
  })

  it('pairs and reads ASCII words as the highlighter does (capitals, runs of them, digits, apostrophes)', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('A', 'B', 'z', 'q', '7', "'", ' ', '-', '.', 'É', '’', ...CAPITALS),
      maxLength: 40,
    })
    fc.assert(
      fc.property(ascii, (text) => {
        const spans = wordSpans(text)
        const pairs = capitalisedPairs(text, spans).map(
          (at) => `${spans[at]?.text}${spans[at + 1]?.text}`,
        )
        expect(indexTokens(text)).toEqual([...spans.map((span) => span.read), ...pairs])
      }),
      { numRuns: 3000 },
    )
  })
})
