import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SPELLED_TITLES, TITLE_PREFIXES } from './topic-stop-words'
import {
  computeUnitShape,
  extractTopics,
  runKey,
  titlePrefixAt,
  topicKey,
  topicKeys,
  unitShape,
} from './topics'

/** The definition the fast paths must agree with. */
const reference = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

describe('topicKey', () => {
  it('equals the Unicode folding for any text, ASCII or not', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'Z', '7', '-', ' ', "'", '.', 'q') })
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'grapheme' })), (s) => {
        expect(topicKey(s)).toBe(reference(s))
      }),
      { numRuns: 2000 },
    )
  })

  it('takes a camel-case word at a sentence start as a name, ASCII or not', () => {
    // A lone capitalised word opening a sentence counts only when it is camel
    // case (or seen mid-sentence elsewhere); hasCamel decides ASCII by code.
    const keys = (prose: string) => extractTopics({ prose: [prose], headings: [] })
    expect(keys('DeepSeek rose. ÖpenAI fell. Markets shrugged.').map((t) => t.key)).toEqual([
      'deepseek',
      'openai',
    ])
  })
})

describe('runKey', () => {
  it('equals topicKey of the joined texts, ASCII units or not', () => {
    const asciiWord = fc.stringMatching(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?$/)
    const anyWord = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
    const unit = fc.oneof(asciiWord, asciiWord, anyWord).map((text) => ({
      text,
      key: topicKey(text),
      ascii: /^[A-Za-z0-9-]*$/.test(text),
    }))
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (run, a, b) => {
          const from = a % run.length
          const len = 1 + (b % (run.length - from))
          const joined = run
            .slice(from, from + len)
            .map((u) => u.text)
            .join('')
          expect(runKey(run, from, len)).toBe(topicKey(joined))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('unitShape', () => {
  it('is computeUnitShape, however often a unit repeats', () => {
    // Tokens as the scanner makes them: word characters and inner apostrophes, never a hyphen.
    const token = fc.oneof(
      fc.constantFrom('DeepSeek', 'The', 'AI', 'iPhone', 'R1', 'Öpen', 'ΣΟΦΙΑ', 'Don’t', 'x'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }).filter((t) => !t.includes('-')),
    )
    const tokens = fc.array(token, { minLength: 1, maxLength: 3 })
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 8 }), (units) => {
        for (const unit of units) {
          expect(unitShape(unit)).toEqual(computeUnitShape(unit, unit.join('-')))
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('titlePrefixAt', () => {
  it('is the lookup of the lower-cased token, which it skips for most words', () => {
    const token = fc.oneof(
      fc.constantFrom('co', 'Co', 'CO', 'ex', 'Ex', 'then', 'THEN', 'Vice', 'vIce', 'cox', 'Ve'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), token, (before, text) => {
        const at = before.length
        expect(titlePrefixAt(before + text, at, at + text.length)).toBe(
          TITLE_PREFIXES.get(text.toLowerCase()),
        )
      }),
      { numRuns: 2000 },
    )
  })
})

describe('extractTopics and titles', () => {
  it('never makes a topic of a title, however names, titles and prefixes are strung', () => {
    const word = fc.constantFrom(
      'OpenAI',
      'Sam',
      'Altman',
      'Google',
      'Bank',
      'CEO',
      'President',
      'Vice',
      'Prime',
      'Minister',
      'Governor',
      'the',
      'said',
      'Co-op',
      'Co-founder',
      'Vice-Chair',
      'Ex-Google',
      'ex-CEO',
      'Then-Governor',
      'Ex-President',
    )
    const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '’s ')
    const sentence = fc
      .array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''))
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 4 }), (prose) => {
        for (const key of topicKeys({ prose, headings: prose })) {
          expect(SPELLED_TITLES.has(key)).toBe(false)
          expect(key).not.toMatch(/^(?:co|vice|ex|then)(?:founder|chair|ceo|governor|president)/)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
