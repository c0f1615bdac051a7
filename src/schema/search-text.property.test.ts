import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capitalisedPairs, indexTokens, wordSpans } from './search-text'
import { searchText } from './search-text.arbitrary'

describe('indexTokens', () => {
  it('is every word, then every capitalised pair as the highlighter finds them', () => {
    fc.assert(
      fc.property(searchText, (text) => {
        const spans = wordSpans(text)
        const pairs = capitalisedPairs(text, spans).map(
          (at) => `${spans[at]?.text}${spans[at + 1]?.text}`,
        )
        expect(indexTokens(text)).toEqual([...spans.map((span) => span.text), ...pairs])
      }),
      { numRuns: 300 },
    )
  })

  it('pairs ASCII words as the highlighter does (capitals, digits, apostrophes)', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('A', 'B', 'z', 'q', '7', "'", ' ', '-', '.', 'É', '’'),
      maxLength: 40,
    })
    fc.assert(
      fc.property(ascii, (text) => {
        const spans = wordSpans(text)
        const pairs = capitalisedPairs(text, spans).map(
          (at) => `${spans[at]?.text}${spans[at + 1]?.text}`,
        )
        expect(indexTokens(text)).toEqual([...spans.map((span) => span.text), ...pairs])
      }),
      { numRuns: 3000 },
    )
  })
})
