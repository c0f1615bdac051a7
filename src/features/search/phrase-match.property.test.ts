import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchRanges } from './highlight'
import type { Phrase } from './parse-query'
import { containsPhrase, phraseMatcher, TextKind, textKind } from './phrase-match'

/**
 * The reading a phrase search must agree with: the phrase's places among
 * every word's span, each word normalised as the index normalises it (what
 * matchRanges marks).
 */
function reference(text: string, phrase: Phrase): boolean {
  return matchRanges(text, new Set(), [phrase]).length > 0
}

// Words that fold alike or nearly (case, accents, a ligature, possessives,
// apostrophes inside a word, acronyms with dots and without), digits, and
// what may stand between words.
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
  'U.S.',
  'U.S',
  'US',
  'us',
  'U',
  'e.g.',
  'u.s.',
  'example.com',
]
const between = [' ', '-', ' — ', ', ', '. ', '.', ' 🚀 ', '’', "'", '“', ' (', ') ']
const text = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...between)), { maxLength: 12 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
const phrase = fc.record({
  words: fc.array(
    fc.constantFrom(
      'deep',
      'Deep',
      'seek',
      'seeks',
      'oneil',
      "o'neil",
      'resume',
      'résumé',
      'fine',
      'us',
      'US',
      'u',
      's',
      'e',
      'g',
      'eg',
      'example',
    ),
    { minLength: 1, maxLength: 3 },
  ),
  open: fc.boolean(),
})
const halfWords = fc.record({
  words: fc.array(fc.constantFrom('de', 'fi', 'x', '2', 'un', 'res', 'seek', 'u', 'us'), {
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

// ASCII text with apostrophes, straight and curly, inside words, at their
// ends (possessives, doubled, quoting) and between them; phrases with the
// words those read as, and the near misses ("companys" is not "company’s").
const apostropheText = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'don’t',
        "don't",
        'dont',
        'don',
        't',
        'company’s',
        "company's",
        'companys',
        'company’s’s',
        'company',
        'it’s',
        'its',
        'it',
        'O’Reilly',
        'O’Reilly’s',
        'oreilly',
        's',
        'Seek',
        'x2’s',
      ),
      fc.constantFrom(' ', '’', "'", ' ’', '’ ', '’’', '-', ', ', '“', '” ', ' — ', '\n'),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
const apostrophePhrase = fc.record({
  words: fc.array(
    fc.constantFrom(
      'dont',
      "don't",
      'don',
      'do',
      't',
      'company',
      'companys',
      "company's",
      'compan',
      'its',
      'it',
      'i',
      'oreilly',
      'ore',
      's',
      'seek',
      'x2',
    ),
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
        expect(textKind(t)).toBe(TextKind.PLAIN)
        expect(containsPhrase(t, p)).toBe(reference(t, p))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads text with apostrophes by its regex exactly as the walk would', () => {
    fc.assert(
      fc.property(apostropheText, apostrophePhrase, (t, p) => {
        expect(textKind(t)).not.toBe(TextKind.OTHER)
        expect(containsPhrase(t, p)).toBe(reference(t, p))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives the right answer also by the walk (told the text is of no kind a regex reads)', () => {
    // phrase-filter.ts keeps each text's kind: a text wrongly kept as OTHER
    // only costs time, never a wrong answer.
    fc.assert(
      fc.property(
        fc.oneof(plainText, apostropheText),
        fc.oneof(phrase, apostrophePhrase),
        (t, p) => {
          expect(phraseMatcher(p)(t, TextKind.OTHER)).toBe(reference(t, p))
        },
      ),
      { numRuns: 1000 },
    )
  })
})
