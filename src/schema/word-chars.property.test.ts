import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordCharLength, wordEnd } from './word-chars'

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/** Every word the scan finds, as [start, end], the way indexTokens walks a text. */
function scanned(text: string): [number, number][] {
  const words: [number, number][] = []
  let i = 0
  while (i < text.length) {
    if (wordCharLength(text, i) === 0) {
      i++
      continue
    }
    const end = wordEnd(text, i)
    words.push([i, end])
    i = end
  }
  return words
}

/** Letters and digits of several scripts, apostrophes, marks, emoji and lone surrogates. */
const wordLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'Z', '7', 'é', 'ß', 'Ж', '日', '𝐀', '𝟘', '\u0301', '٣'),
    fc.constantFrom("'", '’', ' ', '-', '.', '🌍', '\uD835', '\uDC00', '\n'),
  ),
  maxLength: 30,
})

describe('wordEnd', () => {
  it('finds the words the tokenizer regex finds, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(wordLike, fc.string({ unit: 'binary' })), (text) => {
        const expected = [...text.matchAll(WORD)].map((match): [number, number] => [
          match.index,
          match.index + match[0].length,
        ])
        expect(scanned(text)).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('wordCharLength', () => {
  it('answers as the regex for every BMP code unit, also when asked again (memoised)', () => {
    const single = /^[\p{L}\p{N}]$/u
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c < 0x10000; c++) {
        const char = String.fromCharCode(c)
        const expected = single.test(char) ? 1 : 0
        if (wordCharLength(`${char} `, 0) !== expected) expect.fail(`U+${c.toString(16)}`)
      }
    }
  })
})
