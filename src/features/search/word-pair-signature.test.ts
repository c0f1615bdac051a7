import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Phrase } from './parse-query'
import { containsPhrase, phraseWords, TextKind, textKind } from './phrase-match'
import {
  hasSignature,
  phraseSignature,
  SIGNATURE_WORDS,
  writeSignature,
} from './word-pair-signature'

function signatureOf(text: string): Uint32Array {
  const out = new Uint32Array(SIGNATURE_WORDS)
  writeSignature(text, textKind(text), out, 0)
  return out
}

const mayHold = (text: string, phrase: Phrase) =>
  hasSignature(signatureOf(text), 0, phraseSignature(phraseWords(phrase), phrase.open))

describe('word-pair signatures', () => {
  it('let through a plain text with the pair side by side, whatever the case and punctuation', () => {
    const phrase = { words: ['remote', 'energy'], open: false }
    expect(mayHold('Remote energy is cheap', phrase)).toBe(true)
    expect(mayHold('the REMOTE — “Energy” deal', phrase)).toBe(true)
    expect(mayHold('off-grid remote-energy: 2025', phrase)).toBe(true)
  })

  it('turn away a plain text that has the words but not side by side', () => {
    const phrase = { words: ['remote', 'energy'], open: false }
    expect(mayHold('Remote work needs energy', phrase)).toBe(false)
    expect(mayHold('Energy remote', phrase)).toBe(false)
    expect(mayHold('Remoteenergy', phrase)).toBe(false)
  })

  it('let through every text that is not plain: its words are read otherwise', () => {
    const phrase = { words: ['remote', 'energy'], open: false }
    expect(mayHold('It’s work, not energy', phrase)).toBe(true)
    expect(mayHold('Café menu', phrase)).toBe(true)
  })

  it('need no pair for one word, or for a last word still being typed', () => {
    expect(mayHold('nothing here', { words: ['remote'], open: false })).toBe(true)
    expect(mayHold('remote energy', { words: ['remote', 'ener'], open: true })).toBe(true)
    expect(mayHold('remote work', { words: ['remote', 'ener'], open: true })).toBe(true)
  })

  // The one rule a signature must keep: it never turns away a text that
  // holds the phrase (containsPhrase is the reference reading).
  // Every letter's case (A and Z are the ends of the range folded), digits,
  // words that are prefixes of others, and text that ends in a word or not.
  const words = [
    'deep',
    'Deep',
    'DEEP',
    'deeper',
    'Zap',
    'zap',
    'x2',
    '2',
    '10',
    'fine',
    'a',
    'the',
  ]
  const plainText = fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...words),
          fc.constantFrom(' ', '-', ', ', '. ', ' (', ') ', '/', '\n', '“', '” ', ' — ', '–'),
        ),
        { maxLength: 14 },
      ),
      fc.boolean(),
    )
    .map(([parts, endsInWord]) => {
      const text = parts.map(([word, gap]) => word + gap).join('')
      return endsInWord ? text.replace(/[^A-Za-z0-9]+$/, '') : text
    })
  const phrase = fc.record({
    words: fc.array(
      fc.constantFrom(...words.map((w) => w.toLowerCase()), 'dee', 'résumé', "o'neil"),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    open: fc.boolean(),
  })

  it('never turn away a text that holds the phrase', () => {
    fc.assert(
      fc.property(plainText, phrase, (text, p) => {
        expect(textKind(text)).toBe(TextKind.PLAIN)
        if (containsPhrase(text, p)) expect(mayHold(text, p)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})
