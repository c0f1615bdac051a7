import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeUnitShape, extractTopics, runKey, topicKey, unitShape } from './topics'

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
