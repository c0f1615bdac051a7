import { describe, expect, it } from 'vitest'
import { splitLinks } from './split-links'

describe('splitLinks', () => {
  it('marks out a web address, leaving the sentence’s punctuation outside it', () => {
    expect(splitLinks('Watch it here: https://www.youtube.com/watch?v=abc123.')).toEqual([
      { type: 'text', text: 'Watch it here: ' },
      {
        type: 'link',
        text: 'https://www.youtube.com/watch?v=abc123',
        href: 'https://www.youtube.com/watch?v=abc123',
      },
      { type: 'text', text: '.' },
    ])
  })

  it('keeps a parenthesis the address opened, drops one the sentence opened', () => {
    const runs = splitLinks(
      'See https://en.wikipedia.org/wiki/Tariff_(economics). (Or http://example.org/a).',
    )
    expect(runs.filter((run) => run.type === 'link').map((run) => run.text)).toEqual([
      'https://en.wikipedia.org/wiki/Tariff_(economics)',
      'http://example.org/a',
    ])
    expect(runs.map((run) => run.text).join('')).toBe(
      'See https://en.wikipedia.org/wiki/Tariff_(economics). (Or http://example.org/a).',
    )
  })

  it('stops at quote marks and leaves other schemes and bare schemes as text', () => {
    expect(splitLinks('“https://a.example/x” javascript:alert(1) https:// data:x')).toEqual([
      { type: 'text', text: '“' },
      { type: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
      { type: 'text', text: '” javascript:alert(1) https:// data:x' },
    ])
  })

  it('is one text run when there is no address', () => {
    expect(splitLinks('No links here.')).toEqual([{ type: 'text', text: 'No links here.' }])
    expect(splitLinks('')).toEqual([])
  })
})
