import { describe, expect, it } from 'vitest'
import type { SearchDoc } from '../../schema/search'
import type { DecodedShard } from '../../schema/search-codec'
import type { Phrase } from './parse-query'
import { keepPhraseMatches, type PhraseFilterIndex, shardTextFacts } from './phrase-filter'
import { TextKind } from './phrase-match'

const shard = (docs: SearchDoc[]): DecodedShard =>
  ({
    v: 1,
    id: '2025-02',
    p: [{ s: 'hard-fork', n: 'Hard Fork' }],
    d: docs,
  }) as unknown as DecodedShard

// One document of each kind, the phrase in a different one of their texts:
// a digest's title, an episode's podcast name, the third text of a section
// (an apostrophe: read by the regex for such text), a post's second
// paragraph. The post's last paragraph has an accent: a regex for plain text
// would miss "cafe" in it.
const docs: SearchDoc[] = [
  { k: 'd', d: '2025-02-03', t: 'Digest: open source wins' },
  { k: 'e', g: 0, s: 'ep', p: 0, t: 'An episode', b: ['Summary', 'A point'] },
  { k: 's', e: 1, i: 'one', n: '1', m: null, t: 'Costs', b: ['nothing', 'It’s Open-Source now'] },
  {
    k: 'c',
    s: 'post',
    d: null,
    t: 'A post',
    b: ['First', 'Then open source, at last', 'Le café menu'],
  },
  { k: 'd', d: '2025-02-04', t: 'Digest: source open' },
  { k: 'd', d: '2025-02-05', t: 'Digest: I don’t know the company’s plan' },
]
const index = (): PhraseFilterIndex => {
  const only = shard(docs)
  return {
    shards: [only],
    docs,
    shardAt: new Uint16Array(docs.length),
    starts: [0],
    textFacts: [shardTextFacts(only)],
  }
}
const all = Int32Array.from(docs.keys())
const phrase = (...words: string[]): Phrase => ({ words, open: false })

describe('keepPhraseMatches', () => {
  it('keeps the candidates with the phrase in any of their texts', () => {
    const loaded = index()
    expect([...keepPhraseMatches(loaded, all, [phrase('open', 'source')])]).toEqual([0, 2, 3])
    expect([...keepPhraseMatches(loaded, all, [phrase('hard', 'fork')])]).toEqual([1])
  })

  it('reads a word with an apostrophe as the index does', () => {
    const loaded = index()
    expect([...keepPhraseMatches(loaded, all, [phrase('dont', 'know')])]).toEqual([5])
    expect([...keepPhraseMatches(loaded, all, [phrase('company', 'plan')])]).toEqual([5])
    expect([...keepPhraseMatches(loaded, all, [phrase('companys', 'plan')])]).toEqual([])
  })

  it('needs every phrase, each in a text of its own or the same', () => {
    const loaded = index()
    const both = [phrase('open', 'source'), phrase('at', 'last')]
    expect([...keepPhraseMatches(loaded, all, both)]).toEqual([3])
  })

  it('finds a phrase in text of each kind, accented text by the walk', () => {
    const loaded = index()
    expect([...keepPhraseMatches(loaded, all, [phrase('source', 'now')])]).toEqual([2])
    expect([...keepPhraseMatches(loaded, all, [phrase('cafe', 'menu')])]).toEqual([3])
  })

  it('keeps the kind of each text, two bits a text, in the order the phrase search reads them', () => {
    const { PLAIN, APOSTROPHES, OTHER } = TextKind
    const { kinds } = shardTextFacts(shard(docs))
    expect(kinds[0]).toBe(PLAIN)
    // An episode's texts: title, podcast name, summary, key point.
    expect(kinds[1]).toBe(PLAIN | (PLAIN << 2) | (PLAIN << 4) | (PLAIN << 6))
    expect(kinds[2]).toBe(PLAIN | (PLAIN << 2) | (APOSTROPHES << 4))
    expect(kinds[3]).toBe(PLAIN | (PLAIN << 2) | (PLAIN << 4) | (OTHER << 6))
    expect(kinds[5]).toBe(APOSTROPHES)
  })

  it('passes over a candidate whose word pairs lack the phrase’s without reading its texts', () => {
    let reads = 0
    const body = ['Remote work needs energy', 'Energy, then remote']
    const apart = { k: 's', e: 0, i: 'one', n: '1', m: null, t: 'Costs' } as SearchDoc
    Object.defineProperty(apart, 'b', {
      get: () => {
        reads++
        return body
      },
    })
    const together = { k: 'd', d: '2025-02-03', t: 'Remote energy wins' } as SearchDoc
    const both = shard([apart, together])
    const loaded: PhraseFilterIndex = {
      shards: [both],
      docs: both.d,
      shardAt: new Uint16Array(2),
      starts: [0],
      textFacts: [shardTextFacts(both)],
    }
    reads = 0
    const kept = keepPhraseMatches(loaded, Int32Array.of(0, 1), [phrase('remote', 'energy')])
    expect([...kept]).toEqual([1])
    expect(reads).toBe(0)
  })

  it('checks only the candidates it is given', () => {
    expect([
      ...keepPhraseMatches(index(), Int32Array.of(3, 4), [phrase('open', 'source')]),
    ]).toEqual([3])
  })
})
