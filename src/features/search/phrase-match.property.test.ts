import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeWord } from '../../schema/search-text'
import { matchRanges } from './highlight'
import type { Phrase } from './parse-query'
import { containsPhrase, isPlainText, phraseMatcher } from './phrase-match'

/**
 * containsPhrase as it was before it scanned by char code: the same cheap
 * test on the folded text, then the phrase's places among every word's span
 * (what matchRanges marks).
 */
function reference(text: string, phrase: Phrase): boolean {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
  for (const word of phrase.words) {
    if (!/['’]/.test(word) && !folded.includes(normalizeWord(word))) return false
  }
  return matchRanges(text, new Set(), [phrase]).length > 0
}

// Words that fold alike or nearly (case, accents, a ligature, possessives,
// apostrophes inside a word), digits, and what may stand between words.
const pieces = [
  'Deep',
  'deep',
  'DEEP',
  'deeper',
  'Seek',
  'seek’s',
  "seek's",
  "o'neil",
  'résumé',
  'Résumé',
  'resume',
  'ﬁne',
  'fine',
  'x2',
  '2',
  'Ünder',
]
const between = [' ', '-', ' — ', ', ', '. ', ' 🚀 ', '’', "'", '“', ' (', ') ']
const text = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...between)), { maxLength: 12 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
const phrase = fc.record({
  words: fc.array(
    fc.constantFrom('deep', 'Deep', 'seek', 'seeks', 'oneil', "o'neil", 'resume', 'résumé', 'fine'),
    { minLength: 1, maxLength: 3 },
  ),
  open: fc.boolean(),
})
const halfWords = fc.record({
  words: fc.array(fc.constantFrom('de', 'fi', 'x', '2', 'un', 'res', 'seek'), {
    minLength: 1,
    maxLength: 2,
  }),
  open: fc.boolean(),
})

// Plain text (ASCII, no apostrophe), which is checked by one regex instead
// of the walk: words that are prefixes of one another, digits, and the
// punctuation a regex could trip on.
const plainText = fc
  .array(
    fc.tuple(
      fc.constantFrom('Deep', 'deep', 'DEEP', 'deeper', 'Seek', 'seeks', 'x2', '2', 'fine', 'A'),
      fc.constantFrom(' ', '-', ', ', '. ', ' (', ') ', '/', ' + ', '\n', '$', '\\'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
const plainPhrase = fc.record({
  words: fc.array(
    fc.constantFrom('deep', 'Deep', 'seek', 'seeks', 'x2', '2', 'de', 'a', 'résumé', "o'neil"),
    { minLength: 1, maxLength: 3 },
  ),
  open: fc.boolean(),
})

describe('containsPhrase', () => {
  it('finds a phrase exactly where the spans of the words do', () => {
    fc.assert(
      fc.property(text, fc.oneof(phrase, halfWords), (t, p) => {
        expect(containsPhrase(t, p)).toBe(reference(t, p))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads plain text by its regex exactly as the walk would', () => {
    fc.assert(
      fc.property(plainText, plainPhrase, (t, p) => {
        expect(isPlainText(t)).toBe(true)
        expect(containsPhrase(t, p)).toBe(reference(t, p))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives the right answer on plain text also by the walk (told the text is not plain)', () => {
    // phrase-filter.ts keeps each text's plainness: a text wrongly kept as
    // not plain only costs time, never a wrong answer.
    fc.assert(
      fc.property(plainText, fc.oneof(phrase, plainPhrase), (t, p) => {
        expect(phraseMatcher(p)(t, false)).toBe(reference(t, p))
      }),
      { numRuns: 1000 },
    )
  })
})
