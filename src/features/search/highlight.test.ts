import { describe, expect, it } from 'vitest'
import { highlight, matchRanges, type Segment, snippet } from './highlight'

const marked = (segments: Segment[]) =>
  segments.filter((segment) => segment.mark).map((segment) => segment.text)

describe('highlighting', () => {
  it('marks every word whose index terms matched, including camel-case parts', () => {
    const text = 'DeepSeek and Deep Seek’s model surprised the market.'
    const ranges = matchRanges(text, new Set(['deep', 'seek']), [])
    expect(marked(highlight(text, ranges))).toEqual(['DeepSeek', 'Deep', 'Seek’s'])
  })

  it('marks two capitalised words matched as one joined term', () => {
    const text = 'The model from Deep Seek surprised everyone.'
    expect(marked(highlight(text, matchRanges(text, new Set(['deepseek']), [])))).toEqual([
      'Deep Seek',
    ])
  })

  it('marks a stop word written in capitals as the index read it: the acronym, not the pronoun', () => {
    const text = 'WHAT IT MEANS FOR US: the US gave us time.'
    expect(marked(highlight(text, matchRanges(text, new Set(['US']), [])))).toEqual(['US'])
    expect(matchRanges(text, new Set(['US']), []).map(([start]) => start)).toEqual([
      text.indexOf('the US') + 4,
    ])
  })

  it('marks an acronym written with dots as written, for its letters and in a phrase', () => {
    const text = 'Made in the U.S.A. for U.S. buyers, then the US.'
    const ranges = matchRanges(text, new Set(['US']), [])
    expect(marked(highlight(text, ranges))).toEqual(['U.S.', 'US'])
    const phrase = { words: ['us', 'buyers'], open: false }
    expect(marked(highlight(text, matchRanges(text, new Set(), [phrase])))).toEqual(['U.S. buyers'])
    expect(marked(highlight(text, matchRanges(text, new Set(['usa']), [])))).toEqual(['U.S.A.'])
  })

  it('marks the matched parts of one hyphenated word as one word', () => {
    const text = 'It uses Multi-head Latent Attention, not multi - head.'
    const ranges = matchRanges(text, new Set(['multi', 'head', 'latent']), [])
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual([
      'Multi-head',
      'Latent',
      'multi',
      'head',
    ])
  })

  it('marks a phrase as one range, and keeps all text in order', () => {
    const text = 'There was a trillion-dollar decline in one day.'
    const phrase = { words: ['trillion', 'dollar', 'decline'], open: false }
    const segments = highlight(text, matchRanges(text, new Set(), [phrase]))
    expect(marked(segments)).toEqual(['trillion-dollar decline'])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('cuts a long text to a snippet around the first match, at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The model release shook markets. ${'More words follow here. '.repeat(10)}`
    const segments = snippet(text, matchRanges(text, new Set(['release']), []), 120)
    const joined = segments.map((segment) => segment.text).join('')
    expect(segments[0]).toEqual({ text: '…', mark: false })
    expect(segments.at(-1)).toEqual({ text: '…', mark: false })
    expect(marked(segments)).toEqual(['release'])
    expect(joined.length).toBeLessThanOrEqual(122)
    // Starts and ends on whole words.
    expect(joined).toMatch(/^…[a-z]+ /i)
    expect(joined).toMatch(/ [a-z.]+…$/i)
  })

  it('shows a short text whole', () => {
    expect(snippet('Costs are debated.', [[0, 5]])).toEqual([
      { text: 'Costs', mark: true },
      { text: ' are debated.', mark: false },
    ])
  })
})
