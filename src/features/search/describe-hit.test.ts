import { describe, expect, it } from 'vitest'
import type { SearchDoc } from '../../schema/search'
import type { DecodedShard } from '../../schema/search-codec'
import { describeHit } from './describe-hit'
import { parseQuery } from './parse-query'
import type { SearchHit } from './search-engine'

const docs: SearchDoc[] = [
  { k: 'd', d: '2025-02-03', t: 'DeepSeek Freak Out' },
  { k: 'e', g: 0, s: 'deepseek', p: 0, t: 'The DeepSeek Freak Out', b: ['A summary'] },
  {
    k: 's',
    e: 1,
    i: 'deep-dive',
    n: '9',
    m: null,
    t: 'Deep Dive into Deep Seek’s Strategy',
    b: ['Semiconductor analysts doubt Deep Seek’s training cost claims.'],
  },
]
const shard = {
  v: 1,
  id: '2025-02',
  p: [{ s: 'all-in', n: 'All-In' }],
  d: docs,
} as unknown as DecodedShard
const section = (terms: string[]): SearchHit => ({
  shard,
  id: 2,
  doc: docs[2] as SearchDoc,
  score: 1,
  terms,
})
const marked = (segments: { text: string; mark: boolean }[] | null | undefined) =>
  (segments ?? []).filter((segment) => segment.mark).map((segment) => segment.text)

describe('describeHit', () => {
  it('marks a quoted phrase where it stands', () => {
    // The engine gives no terms for a phrase's words (search-engine.test.ts).
    const view = describeHit(section([]), parseQuery('"deep se'))
    expect(marked(view?.title)).toEqual(['Deep Seek’s'])
    expect(marked(view?.snippet)).toEqual(['Deep Seek’s'])
  })

  it('marks the words matched outside quotes as well as the phrase', () => {
    const view = describeHit(
      section(['deep', 'strategy', 'seek']),
      parseQuery('strategy "deep seek"'),
    )
    expect(marked(view?.title)).toEqual(['Deep', 'Deep Seek’s', 'Strategy'])
  })

  it('marks the words the index matched, fuzzy and prefix ones included', () => {
    const view = describeHit(section(['deep', 'semiconductor']), parseQuery('deap semi'))
    expect(marked(view?.title)).toEqual(['Deep', 'Deep'])
    expect(marked(view?.snippet)).toEqual(['Semiconductor', 'Deep'])
  })
})
