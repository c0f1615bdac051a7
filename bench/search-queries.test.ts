import { describe, expect, it } from 'vitest'
import { normalizeWord } from '../src/schema/search-text'
import { queriesFrom, swapLastLetters } from './search-queries'

/** Is `typed` the word `of` with two neighbouring letters swapped, as the index reads both? */
function isSwapOf(typed: string, of: string): boolean {
  const a = normalizeWord(typed)
  const b = normalizeWord(of)
  if (a.length !== b.length) return false
  const differ = [...a].flatMap((char, at) => (char === b[at] ? [] : [at]))
  const [first, second] = differ
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  )
}

describe('the benchmark’s swapped-letter queries', () => {
  it('swap two neighbouring letters of the word, never across its apostrophe or hyphen', () => {
    expect(swapLastLetters('Lessons')).toBe('Lessosn')
    expect(swapLastLetters('OpenAI’s')).toBe('OpenIA’s')
    expect(swapLastLetters("OpenAI's")).toBe("OpenIA's")
    expect(swapLastLetters('Open-Source')).toBe('Open-Sourec')
    expect(swapLastLetters('GPT-5')).toBe('GTP-5')
    expect(swapLastLetters('Coffee')).toBe('Cofefe')
    expect(swapLastLetters('x')).toBe('x')
  })

  it('are each a swap of a word of the titles, as the search reads it', () => {
    const titles = [
      'Why OpenAI’s Models Keep Winning',
      'Lessons From “Open-Source” Hardware, GPT-5 and Nvidia’s Moat',
      'Investors Question Robotics Startups',
    ]
    const queries = queriesFrom(titles)
    const swaps = queries.filter((_, at) => at % 5 === 2)
    expect(swaps.length).toBe(10)
    // The titles' words without the punctuation around them ("“Open-Source”").
    const written = titles.flatMap((title) =>
      title.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')),
    )
    for (const swap of swaps) {
      expect(
        written.some((word) => isSwapOf(swap, word)),
        swap,
      ).toBe(true)
    }
  })
})
