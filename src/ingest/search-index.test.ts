import MiniSearch from 'minisearch'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { searchShardSchema } from '../schema/search'
import { compactIndex, expandIndex } from '../schema/search-codec'
import { indexTerms, indexTokens, queryTerm, SEARCH_FIELDS, tokenize } from '../schema/search-text'
import { samplePost as post, smallDigest } from './search-fixture'
import { buildShard, digestEntry, planShards, postDoc } from './search-index'

describe('search text', () => {
  it('splits words, keeps inner apostrophes, and folds case, accents and possessives', () => {
    expect(tokenize('Deep Seek’s $6-million café, don’t!')).toEqual([
      'Deep',
      'Seek’s',
      '6',
      'million',
      'café',
      'don’t',
    ])
    expect(queryTerm('Seek’s')).toBe('seek')
    expect(queryTerm('Café')).toBe('cafe')
    expect(queryTerm('the')).toBeNull()
    expect(queryTerm('6')).toBe('6')
  })

  it('indexes camel-case words whole and in parts, and queries them whole', () => {
    expect(indexTerms('DeepSeek')).toEqual(['deepseek', 'deep', 'seek'])
    expect(indexTerms('OpenAI')).toEqual(['openai', 'open', 'ai'])
    expect(indexTerms('model')).toEqual(['model'])
    expect(queryTerm('DeepSeak')).toBe('deepseak')
  })

  it('also indexes two capitalised words in a row as one, within a sentence only', () => {
    expect(indexTokens('The Deep Seek model. All-In Podcast')).toEqual([
      'The',
      'Deep',
      'Seek',
      'model',
      'All',
      'In',
      'Podcast',
      'TheDeep',
      'DeepSeek',
      'AllIn',
      'InPodcast',
    ])
    expect(indexTokens('It was Seek. The end')).toEqual(['It', 'was', 'Seek', 'The', 'end'])
    // A camel-case word is indexed in parts already; joining it again adds only noise.
    expect(indexTokens('DeepSeek Freak, Open AI')).toEqual([
      'DeepSeek',
      'Freak',
      'Open',
      'AI',
      'OpenAI',
    ])
  })
})

describe('digestEntry', () => {
  it('makes a document of the digest, each episode, each section and sub-section', () => {
    const entry = digestEntry(smallDigest(), 'a.txt')
    expect(entry.docs.map((doc) => doc.k)).toEqual(['d', 'e', 's', 's', 'e', 's'])
    expect(entry.podcasts).toEqual([
      { s: 'all-in-podcast', n: 'All-In Podcast' },
      { s: 'chris-williamson', n: 'Chris Williamson' },
    ])
    expect(entry.docs[1]).toMatchObject({
      k: 'e',
      g: 0,
      p: 0,
      s: 'deepseek-freak-out',
      b: ['A Chinese open-source model surprised the markets.', 'Costs are debated.'],
    })
    // Sections point at their episode; the sub-section keeps its printed number.
    expect(entry.docs[3]).toMatchObject({ k: 's', e: 1, i: 'costs', n: '1.1', t: 'Costs' })
    expect(entry.docs[5]).toMatchObject({ k: 's', e: 4, i: 'school' })
  })

  it('reads a post’s quoted parts as printed, label first', () => {
    expect(postDoc(post)).toMatchObject({
      k: 'c',
      b: [
        'China is taking the lead.',
        'Here’s what Grok has to say.',
        'Cost: Innovations like Multi-head Latent Attention.',
      ],
    })
  })
})

describe('buildShard', () => {
  it('writes a valid shard: newest digest first, shared podcast table, posts last', () => {
    const older = digestEntry(smallDigest('2025-02-01', 'Older day'), 'b.txt')
    const newer = digestEntry(smallDigest('2025-02-03'), 'a.txt')
    const { shard, from, to } = buildShard('2025-02', [older, newer], [post])
    expect(v.is(searchShardSchema, shard)).toBe(true)
    expect(shard.d[0]).toEqual({ k: 'd', d: '2025-02-03', t: 'AI and Markets' })
    expect(shard.d[6]).toEqual({ k: 'd', d: '2025-02-01', t: 'Older day' })
    expect(shard.p).toHaveLength(2)
    // References are rebased into the shard's own lists.
    expect(shard.d[7]).toMatchObject({ k: 'e', g: 6, p: 0 })
    expect(shard.d[8]).toMatchObject({ k: 's', e: 7 })
    expect(shard.d.at(-1)).toMatchObject({ k: 'c', s: 'tariffs' })
    expect([from, to]).toEqual(['2025-02-01', '2025-02-03'])
  })

  it('keeps the digest of the later file name when two share a date (as build-site does)', () => {
    const first = digestEntry(smallDigest('2025-02-03', 'From a.txt'), 'a.txt')
    const second = digestEntry(smallDigest('2025-02-03', 'From b.txt'), 'b.txt')
    const { shard } = buildShard('2025-02', [second, first], [])
    expect(shard.d.filter((doc) => doc.k === 'd')).toEqual([
      { k: 'd', d: '2025-02-03', t: 'From b.txt' },
    ])
  })

  it('indexes text once: the compact index decodes to what MiniSearch itself serialises', () => {
    const entry = digestEntry(smallDigest(), 'a.txt')
    const { shard } = buildShard('2025-02', [entry], [post])
    // MiniSearch itself, fed the same texts the ingest indexes.
    const options = { fields: [...SEARCH_FIELDS], tokenize: indexTokens, processTerm: indexTerms }
    const reference = new MiniSearch(options)
    reference.addAll(
      shard.d.map((doc, id) => ({
        id,
        t: doc.t,
        b: doc.k === 'd' ? '' : doc.b.join('\n'),
        p: doc.k === 'e' ? (shard.p[doc.p]?.n ?? '') : '',
      })),
    )
    const plain = reference.toJSON()
    // The builder writes terms sorted; MiniSearch in its tree's order. Order carries no meaning.
    const byTerm = <T extends [string, ...unknown[]]>(list: T[]) =>
      [...list].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    const expected = compactIndex(plain)
    expect(shard.x).toEqual({ ...expected, t: byTerm(expected.t) })
    const decoded = expandIndex(shard.x)
    expect(decoded.index).toEqual(byTerm(plain.index))
    expect(decoded.averageFieldLength).toEqual(expected.a)
    expect(decoded.fieldLength).toEqual(plain.fieldLength)
    expect(decoded.documentCount).toBe(plain.documentCount)
    const loaded = MiniSearch.loadJS(decoded, { fields: [...SEARCH_FIELDS], tokenize })
    expect(loaded.search('trillion').map((r) => r.id)).toEqual(
      reference.search('trillion').map((r) => r.id),
    )
  })
})

describe('planShards', () => {
  it('gives a busy month its own shard and merges quiet months, newest first', () => {
    const plans = planShards(
      [
        { month: '2025-01', bytes: 10 },
        { month: '2025-03', bytes: 300 },
        { month: '2024-12', bytes: 10 },
        { month: '2025-02', bytes: 50 },
        { month: '2024-11', bytes: 500 },
      ],
      100,
    )
    expect(plans).toEqual([
      { id: '2025-03', months: ['2025-03'] },
      { id: '2025-02', months: ['2025-02', '2025-01', '2024-12'] },
      { id: '2024-11', months: ['2024-11'] },
    ])
  })

  it('plans nothing for an empty archive', () => {
    expect(planShards([], 100)).toEqual([])
  })
})
