import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexTokens, tokenize } from '../../schema/search-text'
import { searchText } from '../../schema/search-text.arbitrary'
import { parseQuery } from './parse-query'

/** Text as the search tests write it, with quotes put between some of its characters. */
const quotedText = fc
  .tuple(searchText, fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '“', '”')), { maxLength: 3 }))
  .map(([text, quotes]) => {
    let quoted = text
    for (const [at, quote] of quotes) {
      const cut = at % (quoted.length + 1)
      quoted = `${quoted.slice(0, cut)}${quote}${quoted.slice(cut)}`
    }
    return quoted
  })

describe('parseQuery', () => {
  it('reads a text’s words as the index reads the same text, quotes or not', () => {
    fc.assert(
      fc.property(quotedText, (text) => {
        const parsed = parseQuery(text)
        // A lone "us" (or "u.s.") typed in lower case is searched as "US" on purpose.
        const terms = parsed.acronym ? tokenize(parsed.acronym.typed) : parsed.terms
        const words = [...terms, ...parsed.phrases.flatMap((phrase) => phrase.words)]
        const tokens = indexTokens(text)
        // The index reads the words in the order they stand, the query by
        // quotes first: the same words, told apart by order only.
        const sorted = (list: readonly string[]) => [...list].sort()
        expect(sorted(tokens.slice(0, words.length))).toEqual(sorted(words))
        // What the index adds after the words, on purpose: capitalised pairs joined.
        const lower = words.map((word) => word.toLowerCase())
        for (const pair of tokens.slice(words.length)) {
          const joined = pair.toLowerCase()
          expect(
            lower.some((word, at) => lower.some((next) => `${word}${next}` === joined) && at >= 0),
            pair,
          ).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
