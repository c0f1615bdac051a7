import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { samplePost, smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import type { Digest } from '../../schema/digest'
import type { SearchDoc } from '../../schema/search'
import { searchShardSchema } from '../../schema/search'
import { type DecodedShard, decodeShard } from '../../schema/search-codec'
import { describeHit } from './describe-hit'
import { isEmptyQuery, parseQuery } from './parse-query'
import {
  hasSearchableWords,
  indexesByStep,
  type LoadedIndex,
  loadShards,
  mergeHits,
  PROGRESSIVE_SHARDS,
  type SearchHit,
  type SearchOutcome,
  searchShards,
  shardsToSearch,
} from './search-engine'
import { statusText } from './search-status'

/** A shard as the app gets it: built by the ingest, through JSON, validated. */
function shardOf(id: string, ...dates: string[]): LoadedIndex {
  const entries = dates.map((date, at) => digestEntry(smallDigest(date), `${at}.txt`))
  const { shard } = buildShard(id, entries, id === '2025-02' ? [samplePost] : [])
  return loadShards([decodeShard(v.parse(searchShardSchema, JSON.parse(JSON.stringify(shard))))])
}

const february = shardOf('2025-02', '2025-02-03')
const january = shardOf('2025-01', '2025-01-20')

/** Every hit, ranked: the outcome's `best` for all it counted. */
function everyHit(outcome: SearchOutcome) {
  return { ...outcome, hits: outcome.best(outcome.count) }
}

function search(text: string, podcast: string | null = null, shards = [february]) {
  return everyHit(searchShards(shards, parseQuery(text), podcast))
}

const where = (hit: SearchHit | undefined) => {
  const doc: SearchDoc | undefined = hit?.doc
  if (!doc) return 'none'
  return doc.k === 's' ? `section ${doc.i}` : doc.k === 'e' ? `episode ${doc.s}` : doc.k
}

describe('searchShards: matching', () => {
  it('finds a word as typed, by prefix while typing, and with a typo', () => {
    expect(search('trillion').hits.map(where)).toEqual(['section model-release'])
    expect(search('trill').hits.map(where)).toEqual(['section model-release'])
    expect(search('trilion').hits.map(where)).toEqual(['section model-release'])
  })

  it('finds a camel-case word by its parts and by a misspelling of the whole', () => {
    for (const query of ['DeepSeek', 'Deap Seek', 'DeepSeak', 'deep seek']) {
      expect(search(query).hits.map(where), query).toContain('episode deepseek-freak-out')
    }
    // Only capitalised pairs are joined ("All-In", not "open-source").
    expect(search('opensource').hits.length).toBe(0)
    expect(search('allin').hits.map(where)).toContain('episode deepseek-freak-out')
  })

  it('needs every word, and falls back to any word when no document has them all', () => {
    const both = search('trillion capitalization')
    expect(both.allWords).toBe(true)
    expect(both.hits.map(where)).toEqual(['section model-release'])
    const some = search('trillion reeves')
    expect(some.allWords).toBe(false)
    expect(some.hits.map(where).sort()).toEqual(['episode men-and-boys', 'section model-release'])
  })

  it('keeps only documents holding a quoted phrase exactly', () => {
    expect(search('"trillion-dollar decline"').hits.map(where)).toEqual(['section model-release'])
    // The same words, not together: no hit.
    expect(search('"decline trillion"').hits).toEqual([])
    // While the closing quote is not typed, the last word may be half written.
    expect(search('"trillion-dollar decl').hits.map(where)).toEqual(['section model-release'])
  })

  it('gives for marking the words matched outside quotes, never a phrase’s own', () => {
    // Marked one by one, "trillion" and "day" (which the half-typed "d"
    // begins) were marks beside the phrase itself.
    const [phraseOnly] = search('"trillion-dollar d').hits
    expect(phraseOnly && where(phraseOnly)).toBe('section model-release')
    expect(phraseOnly?.terms).toEqual([])
    const [mixed] = search('market "trillion-dollar d').hits
    expect(mixed?.terms).toEqual(['market'])
  })

  it('finds a single word after an opening quote, as while typing a longer phrase', () => {
    // The quote is typed first: until a second word comes, the word alone is searched.
    for (const query of ['"trillion', '"trill', '“Trillion', 'capitalization "trillion']) {
      expect(search(query).hits.map(where), query).toEqual(['section model-release'])
    }
    expect(search('"trillion').hits).toEqual(search('trillion').hits)
    // Quoted and closed, the one word is exact: no longer a prefix.
    expect(search('"trillion"').hits.map(where)).toEqual(['section model-release'])
    expect(search('"trill"').hits).toEqual([])
  })

  it('finds the quoted part of a commentary post', () => {
    expect(search('Multi-head Latent Attention').hits.map(where)).toEqual(['c'])
  })

  it('finds nothing for an empty query or one of very common words only', () => {
    expect(search('').hits).toEqual([])
    expect(search('the of and').hits).toEqual([])
  })

  it('narrows to one podcast; digests and posts belong to none', () => {
    const all = search('boys costs').hits.map(where)
    expect(all.length).toBeGreaterThan(0)
    const filtered = search('boys', 'chris-williamson').hits.map(where)
    expect(filtered).toEqual(['section school', 'episode men-and-boys'])
    expect(search('boys', 'all-in-podcast').hits).toEqual([])
    expect(search('Multi-head', 'all-in-podcast').hits).toEqual([])
  })
})

describe('searchShards: words found only by close spelling', () => {
  it('names them, with the words found, and not a word found as typed or as a prefix', () => {
    expect(search('DeepSeak').closeSpellings()).toEqual([{ word: 'DeepSeak', found: ['deepseek'] }])
    expect(search('DeepSeek').closeSpellings()).toEqual([])
    expect(search('DeepSe').closeSpellings()).toEqual([])
    // Over two shards: found as typed in either is found.
    expect(search('DeepSeek', null, [february, january]).closeSpellings()).toEqual([])
  })
})

/**
 * A digest whose words lower-case into stop words when written in capitals
 * ("US", "IT", "WHO"), beside a shouted heading whose "IT" is the pronoun.
 */
function acronymDigest(): Digest {
  const digest = smallDigest('2025-03-03', 'Chips and Health')
  const section = (id: string, number: string, title: string, bullets: string[]) => ({
    id,
    number,
    emoji: '🌟',
    emojiLabel: 'glowing star',
    title,
    bullets,
    subsections: [],
  })
  const [episode] = digest.episodes
  if (!episode) throw new Error('no episode')
  const sections = [
    section('exports', '1', 'Export Controls', ['New US export controls cover chips.']),
    section('budgets', '2', 'Budgets', ['IT budgets grew again.']),
    section('meaning', '3', 'WHAT IT MEANS FOR US', ['Give us a call, who knows.']),
    section('health', '4', 'Health', ['The WHO’s guidance changed.', 'THAT was a surprise.']),
    section('cars', '5', 'Cars', ['Tesla sold more cars; Nvidia sold more chips.']),
    section('rules', '6', 'US EXPORT CONTROLS TIGHTEN', ['Nothing else.']),
  ]
  return { ...digest, episodes: [{ ...episode, sections }] }
}

const march = (() => {
  const { shard } = buildShard('2025-03', [digestEntry(acronymDigest(), 'march.txt')], [])
  return loadShards([decodeShard(v.parse(searchShardSchema, JSON.parse(JSON.stringify(shard))))])
})()

describe('searchShards: stop words written in capitals', () => {
  const sections = (text: string) =>
    search(text, null, [march])
      .hits.map(where)
      .filter((hit) => hit.startsWith('section'))
      .sort()

  it('finds "US", "IT" and "WHO" as written, and as the only word typed in lower case', () => {
    for (const query of ['US', 'us', 'Us']) {
      expect(sections(query), query).toEqual(['section exports'])
    }
    expect(sections('US chips')).toEqual(['section exports'])
    // The shouted heading's "IT" is the pronoun: not found by the acronym.
    for (const query of ['IT', 'it']) expect(sections(query), query).toEqual(['section budgets'])
    for (const query of ['WHO', 'who']) expect(sections(query), query).toEqual(['section health'])
  })

  it('reads lower-case stop words beside other words as the stop words they are', () => {
    expect(sections('us chips')).toEqual(sections('chips'))
    expect(searchShards([march], parseQuery('who is')).count).toBe(0)
    // A heading in capitals is found by its words, typed either way, and as a phrase.
    for (const query of ['WHAT IT MEANS', 'what it means', '"what it means"', '"WHAT IT MEANS"']) {
      expect(sections(query), query).toEqual(['section meaning'])
    }
    // In the shouted heading "US" is a stop word; a phrase reads it there too.
    expect(sections('"US export controls"')).toEqual(['section exports', 'section rules'])
  })

  it('matches an acronym as written: not as the start of a longer one, nor by a typo', () => {
    // "THAT" is indexed (capitals, in a sentence): one edit from "WHAT", which is not.
    expect(sections('THAT')).toEqual(['section health'])
    const what = searchShards([march], parseQuery('WHAT'))
    expect(what.count).toBe(0)
    expect(what.closeSpellings()).toEqual([])
  })

  it('marks the acronym, never the pronoun, and says no close spelling', () => {
    const query = parseQuery('us')
    const outcome = searchShards([march], query)
    expect(outcome.closeSpellings()).toEqual([])
    const marks = outcome
      .best(outcome.count)
      .flatMap((hit) => describeHit(hit, query)?.snippet ?? [])
      .filter((segment) => segment.mark)
      .map((segment) => segment.text)
    expect(marks).toEqual(['US'])
    // The page says how "us" was read: the results are not for the pronoun.
    const status = statusText({
      query: 'us',
      empty: false,
      hasWords: true,
      searchable: true,
      loading: false,
      unavailable: false,
      count: outcome.count,
      allWords: outcome.allWords,
      podcast: null,
      closeSpellings: outcome.closeSpellings(),
      acronym: query.acronym,
    })
    expect(status).toBe(
      '1 result for “us”. Read as the acronym “US”: the word “us” is too common to search.',
    )
  })
})

/** A digest that writes "US" and "UK" both with dots and without, as real newsletters do. */
function dottedDigest(): Digest {
  const digest = smallDigest('2025-03-04', 'Trade')
  const section = (id: string, number: string, title: string, bullets: string[]) => ({
    id,
    number,
    emoji: '🌟',
    emojiLabel: 'glowing star',
    title,
    bullets,
    subsections: [],
  })
  const [episode] = digest.episodes
  if (!episode) throw new Error('no episode')
  const sections = [
    section('dotted', '1', 'Tariffs', ['New U.S. export controls cover chips.']),
    section('plain', '2', 'Exports', ['The US export controls changed.']),
    section('britain', '3', 'Britain', ['The U.K. economy grew, e.g. in services.']),
    section('kingdom', '4', 'Kingdom', ['UK growth slowed.']),
  ]
  return { ...digest, episodes: [{ ...episode, sections }] }
}

const dotted = (() => {
  const { shard } = buildShard('2025-03', [digestEntry(dottedDigest(), 'dotted.txt')], [])
  return loadShards([decodeShard(v.parse(searchShardSchema, JSON.parse(JSON.stringify(shard))))])
})()

describe('searchShards: acronyms written with dots', () => {
  const sections = (text: string) =>
    search(text, null, [dotted])
      .hits.map(where)
      .filter((hit) => hit.startsWith('section'))
      .sort()
  const marks = (text: string) => {
    const query = parseQuery(text)
    const outcome = searchShards([dotted], query)
    return outcome
      .best(outcome.count)
      .flatMap((hit) => describeHit(hit, query)?.snippet ?? [])
      .filter((segment) => segment.mark)
      .map((segment) => segment.text)
      .sort()
  }

  it('finds "U.S." and "US" by either, and "U.K." and "UK" by either', () => {
    for (const query of ['US', 'U.S.', 'U.S', 'us']) {
      expect(sections(query), query).toEqual(['section dotted', 'section plain'])
    }
    for (const query of ['UK', 'U.K.', 'uk']) {
      expect(sections(query), query).toEqual(['section britain', 'section kingdom'])
    }
    // Typed in lower case with dots, as a reader types it, it is the same search.
    expect(sections('u.s.')).toEqual(['section dotted', 'section plain'])
    expect(sections('u.k.')).toEqual(['section britain', 'section kingdom'])
    // "e.g." is the word "eg", as written or typed.
    expect(sections('e.g.')).toEqual(['section britain'])
  })

  it('says of a lone "u.s." neither "only very common words" nor why it was read as "US"', () => {
    const query = parseQuery('u.s.')
    const outcome = searchShards([dotted], query)
    const status = statusText({
      query: 'u.s.',
      empty: false,
      hasWords: !isEmptyQuery(query),
      searchable: hasSearchableWords(query),
      loading: false,
      unavailable: false,
      count: outcome.count,
      allWords: outcome.allWords,
      podcast: null,
      acronym: query.acronym,
    })
    expect(status).toBe('2 results for “u.s.”')
  })

  it('finds a phrase written either way, and marks the acronym as written', () => {
    for (const query of ['"U.S. export controls"', '"US export controls"']) {
      expect(sections(query), query).toEqual(['section dotted', 'section plain'])
      expect(marks(query), query).toEqual(['U.S. export controls', 'US export controls'])
    }
    expect(sections('"UK economy"')).toEqual(['section britain'])
    expect(marks('U.S.')).toEqual(['U.S.', 'US'])
    expect(marks('uk')).toEqual(['U.K.', 'UK'])
  })
})

describe('searchShards: two neighbouring letters swapped', () => {
  it('finds the word, and says it found it by a close spelling', () => {
    for (const query of ['tesal', 'nvidai', 'Tesla', 'nvidia']) {
      expect(search(query, null, [march]).hits.map(where), query).toEqual(['section cars'])
    }
    const outcome = searchShards([march], parseQuery('tesal'))
    expect(outcome.closeSpellings()).toEqual([{ word: 'tesal', found: ['tesla'] }])
    const status = statusText({
      query: 'tesal',
      empty: false,
      hasWords: true,
      searchable: true,
      loading: false,
      unavailable: false,
      count: outcome.count,
      allWords: outcome.allWords,
      podcast: null,
      closeSpellings: outcome.closeSpellings(),
    })
    expect(status).toBe(
      '1 result for “tesal”. The digests do not have “tesal”; these results have “tesla”.',
    )
    const [hit] = outcome.best(1)
    expect(hit?.terms).toEqual(['tesla'])
  })
})

describe('searchShards: ranking', () => {
  it('ranks a section hit above the digest-level hit for the same word', () => {
    // "Markets" is in the digest's title and in the episode summary; "market" in a section.
    const hits = search('market').hits.map(where)
    expect(hits[0]).toBe('section model-release')
    expect(hits.indexOf('section model-release')).toBeLessThan(hits.indexOf('d'))
    expect(hits.indexOf('episode deepseek-freak-out')).toBeLessThan(hits.indexOf('d'))
  })

  it('ranks a section above its episode when both hold the word', () => {
    const hits = search('costs').hits.map(where)
    expect(hits[0]).toBe('section costs')
    expect(hits).toContain('episode deepseek-freak-out')
  })
})

describe('searchShards: several shards', () => {
  it('merges hits of all loaded shards by score, the newer first on equal scores', () => {
    const hits = search('trillion', null, [february, january]).hits
    expect(hits.map((hit) => hit.shard.id)).toEqual(['2025-02', '2025-01'])
  })

  it('finds the same in one index over several shards as in one index per shard', () => {
    const both = loadShards([...february.shards, ...january.shards])
    expect(both.documentCount).toBe(february.docs.length + january.docs.length)
    const view = (hit: SearchHit) => `${hit.shard.id}:${hit.id}:${where(hit)}`
    for (const query of ['trillion', 'deepseek', 'boys costs', '"final run"', 'trilion']) {
      const apart = search(query, null, [february, january]).hits.map(view)
      expect(apart.length, query).toBeGreaterThan(0)
      // Scores differ (word rarity is counted over the merged index), the hits do not.
      expect(search(query, null, [both]).hits.map(view).sort(), query).toEqual(apart.sort())
    }
    // Equal scores: the newer shard first, as with one index per shard.
    expect(search('trillion', null, [both]).hits.map((hit) => hit.shard.id)).toEqual([
      '2025-02',
      '2025-01',
    ])
    // A section's podcast is found in its own shard.
    expect(search('boys', 'chris-williamson', [both]).hits.map(view)).toEqual(
      search('boys', 'chris-williamson', [february, january]).hits.map(view),
    )
  })

  it('ranks the best n hits as the whole ranking does, whatever was asked for before', () => {
    const view = (hit: SearchHit) => `${hit.shard.id}:${hit.id}`
    for (const query of ['costs', 'boys costs', 'market']) {
      const whole = search(query, null, [february, january]).hits.map(view)
      expect(whole.length, query).toBeGreaterThan(4)
      const outcome = searchShards([february, january], parseQuery(query))
      expect(outcome.count, query).toBe(whole.length)
      // Growing, as "Show more results" asks, then smaller again.
      for (const n of [0, 1, 2, 3, 4, whole.length, whole.length + 5, 1]) {
        expect(outcome.best(n).map(view), `${query} ${n}`).toEqual(whole.slice(0, n))
      }
    }
  })

  it('scores an index once per query while more shards arrive, and afresh for a new query', () => {
    const query = parseQuery('costs')
    const before = searchShards([february], query).best(3)
    expect(before.length).toBeGreaterThan(0)
    // A shard arrives: February's hits are the ones found before, not found again.
    const after = searchShards([february, january], query).best(20)
    for (const hit of before) expect(after).toContain(hit)
    const view = (hit: SearchHit) => `${hit.shard.id}:${hit.id}:${hit.score}`
    expect(after.map(view)).toEqual(search('costs', null, [february, january]).hits.map(view))
    // The same query under a podcast filter, and back: each is its own answer.
    const filtered = searchShards([february, january], query, 'chris-williamson').best(20)
    expect(filtered.map(view)).toEqual(
      search('costs', 'chris-williamson', [february, january]).hits.map(view),
    )
    expect(searchShards([february, january], query).best(20)).toEqual(after)
    // Another query, even of the same words, is searched again.
    const again = searchShards([february], parseQuery('costs')).best(3)
    expect(again[0]).not.toBe(before[0])
    expect(again.map(view)).toEqual(before.map(view))
  })

  it('mergeHits orders by score, then index order, then the order within a list', () => {
    const hit = (shardId: string, id: number, score: number): SearchHit => ({
      shard: { ...(february.shards[0] as DecodedShard), id: shardId },
      id,
      doc: { k: 'd', d: '2025-02-03', t: '' },
      score,
      terms: [],
    })
    const merged = mergeHits([
      [hit('new', 2, 1), hit('new', 1, 1)],
      [hit('old', 0, 5), hit('old', 3, 1)],
    ])
    expect(merged.map((h) => `${h.shard.id}:${h.id}`)).toEqual(['old:0', 'new:2', 'new:1', 'old:3'])
  })
})

describe('indexesByStep', () => {
  const shard = (month: string) => {
    const entry = digestEntry(smallDigest(`${month}-03`), `${month}.txt`)
    return decodeShard(
      v.parse(searchShardSchema, JSON.parse(JSON.stringify(buildShard(month, [entry], []).shard))),
    )
  }
  const [a, b, c, d] = ['2025-04', '2025-03', '2025-02', '2025-01'].map(shard) as [
    DecodedShard,
    DecodedShard,
    DecodedShard,
    DecodedShard,
  ]
  const months = (index: LoadedIndex) => index.shards.map((s) => s.id)

  it('reads each step whose shards have all arrived from one index', () => {
    const indexes = indexesByStep([a, b, c, d], [1, 4])
    expect(indexes.map(months)).toEqual([['2025-04'], ['2025-03', '2025-02', '2025-01']])
    // The same shards again: the same index, not a new one.
    expect(indexesByStep([a, b, c, d], [1, 4])[1]).toBe(indexes[1])
  })

  it('searches the shards of a step still arriving one by one', () => {
    const indexes = indexesByStep([a, b, undefined, d], [1, 4])
    expect(indexes.map(months)).toEqual([['2025-04'], ['2025-03'], ['2025-01']])
    // Once the last one comes, the step is one index.
    expect(indexesByStep([a, b, c, d], [1, 4]).map(months)).toEqual([
      ['2025-04'],
      ['2025-03', '2025-02', '2025-01'],
    ])
  })

  it('searches only the newest shards of a large step while it arrives, then the whole step', () => {
    const months = Array.from(
      { length: PROGRESSIVE_SHARDS + 2 },
      (_, at) => `2023-${String(12 - at).padStart(2, '0')}`,
    )
    const step = months.map(shard)
    const arriving = [...step.slice(0, -1), undefined]
    const ids = (indexes: LoadedIndex[]) => indexes.map((index) => index.shards.map((s) => s.id))
    // The step's newest shards one by one; the one past them that is in waits for the rest.
    expect(ids(indexesByStep([a, ...arriving], [1, 1 + step.length]))).toEqual([
      ['2025-04'],
      ...months.slice(0, PROGRESSIVE_SHARDS).map((month) => [month]),
    ])
    expect(ids(indexesByStep([a, ...step], [1, 1 + step.length]))).toEqual([['2025-04'], months])
  })

  it('searches a large step whole from the shards that came when the missing one has failed', () => {
    const months = Array.from(
      { length: PROGRESSIVE_SHARDS + 2 },
      (_, at) => `2022-${String(12 - at).padStart(2, '0')}`,
    )
    const step = months.map(shard)
    const data = [a, undefined, ...step.slice(1)]
    const ids = (indexes: LoadedIndex[]) => indexes.map((index) => index.shards.map((s) => s.id))
    const failed = data.map((shard, at) => shard !== undefined || at !== 1)
    expect(ids(indexesByStep(data, [1, 1 + step.length], failed))).toEqual([
      ['2025-04'],
      months.slice(1),
    ])
    // Still on its way (Try again, or no word yet): only the step's newest are searched.
    expect(ids(indexesByStep(data, [1, 1 + step.length])).length).toBe(PROGRESSIVE_SHARDS)
  })

  it('leaves out what indexesByStep would not search yet, and nothing else', () => {
    const months = Array.from(
      { length: PROGRESSIVE_SHARDS + 3 },
      (_, at) => `2021-${String(12 - at).padStart(2, '0')}`,
    )
    const step = months.map(shard)
    const depths = [1, 1 + step.length]
    const ids = (indexes: LoadedIndex[]) => indexes.map((index) => index.shards.map((s) => s.id))
    // The step's oldest is still on its way: the two before it are left out.
    const data = [a, ...step.slice(0, -1), undefined]
    const shown = shardsToSearch(data, depths)
    expect(shown.filter(Boolean).length).toBe(1 + PROGRESSIVE_SHARDS)
    expect(ids(indexesByStep(shown, depths))).toEqual(ids(indexesByStep(data, depths)))
    // One of those two missing too: the same shards are shown.
    const fewer = shardsToSearch([a, ...step.slice(0, -2), undefined, undefined], depths)
    expect(fewer).toEqual(shown)
    // Whole, or its missing shard failed: all of it.
    expect(shardsToSearch([a, ...step], depths)).toEqual([a, ...step])
    const failed = data.map((shard) => shard !== undefined)
    expect(shardsToSearch(data, depths, failed)).toEqual(data)
  })

  it('skips a step that added no shard (the whole archive was already asked for)', () => {
    expect(indexesByStep([a, b], [1, 2, 2]).map(months)).toEqual([['2025-04'], ['2025-03']])
  })
})

describe('describeHit', () => {
  it('links a section to its deep link and says where it is', () => {
    const query = parseQuery('trillion')
    const [hit] = searchShards([february], query).best(1)
    if (!hit) throw new Error('no hit')
    const view = describeHit(hit, query)
    expect(view).toMatchObject({
      href: '/digests/2025-02-03/deepseek-freak-out#model-release',
      kind: 'Section 1',
      number: '1.',
      emoji: '🌟',
      date: { iso: '2025-02-03', text: 'February 3, 2025' },
      podcast: 'All-In Podcast',
      episode: 'The DeepSeek Freak Out',
    })
    expect(view?.snippet?.filter((s) => s.mark).map((s) => s.text)).toEqual(['trillion'])
  })

  it('links a sub-section, an episode and a post to their pages', () => {
    const href = (text: string) => {
      const query = parseQuery(text)
      return everyHit(searchShards([february], query)).hits.map(
        (hit) => describeHit(hit, query)?.href,
      )
    }
    expect(href('"final run"')).toEqual(['/digests/2025-02-03/deepseek-freak-out#costs'])
    expect(href('Reeves')).toEqual(['/digests/2025-02-03/men-and-boys'])
    expect(href('Grok')).toEqual(['/commentary/tariffs'])
  })
})
