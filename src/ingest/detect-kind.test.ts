import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectKind } from './detect-kind'
import { IngestError } from './ingest-error'

const seed = (name: string): string =>
  readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8')

describe('detectKind', () => {
  it('tells the seeds apart by content', () => {
    expect(detectKind(seed('000_56be99a494d8df3b.txt'), 'whatever.md')).toBe('digest')
    expect(detectKind(seed('003_fc9397579f5605f8.txt'), 'digest.txt')).toBe('commentary')
  })

  it('sees a digest without a date by its Top Podcast and Key Points lines', () => {
    expect(
      detectKind('Digestly\n\nTitle\n\nTop Podcast\nA: b\n\nA - T\n\nS\n\nKey Points:\n', 'a'),
    ).toBe('digest')
  })

  it('counts a signal that comes late in the text', () => {
    // The scan stops once every signal is seen: one seen late still counts.
    const body = Array.from({ length: 500 }, (_, i) => `Line ${i} of prose.`).join('\n')
    expect(detectKind(`Title\n\n${body}\nTop Podcast\nA: b\n`, 'a')).toBe('digest')
    expect(detectKind(`Feb 3, 2025\n\n${body}\nKey Points:\n`, 'a')).toBe('digest')
    expect(detectKind(`Feb 3, 2025\n\n${body}\n`, 'a')).toBe('commentary')
  })

  it('sees a truncated digest by its site and date lines', () => {
    expect(detectKind('Digestly\n\nFeb 3, 2025\n\nA title\n', 'a')).toBe('digest')
  })

  it('reads a post that opens with its date as commentary', () => {
    expect(detectKind('Feb 3, 2025\nMy thoughts on tariffs.\nThey will not work.\n', 'a')).toBe(
      'commentary',
    )
  })

  it('rejects text that is not prose, naming the first line', () => {
    let error: unknown
    try {
      detectKind('\n{"a": [1, 2, 3], "b": 42}\n', 'data.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(IngestError)
    expect(error).toMatchObject({ code: 'not-prose', file: 'data.json', line: 2 })
  })
})
