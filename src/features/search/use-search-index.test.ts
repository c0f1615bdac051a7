import { describe, expect, it } from 'vitest'
import { smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import { type SearchShard, searchShardSchema } from '../../schema/search'
import { stepDepths } from './shard-steps'
import { indexesByStep } from './use-search-index'

/** A shard as the app gets it: built by the ingest, through JSON, validated. */
function shard(month: string): SearchShard {
  const { shard } = buildShard(month, [digestEntry(smallDigest(`${month}-03`), `${month}.txt`)], [])
  return searchShardSchema.parse(JSON.parse(JSON.stringify(shard)))
}

const [a, b, c, d] = ['2025-04', '2025-03', '2025-02', '2025-01'].map(shard) as SearchShard[] &
  [SearchShard, SearchShard, SearchShard, SearchShard]
const months = (index: { shards: readonly SearchShard[] }) => index.shards.map((s) => s.id)

describe('indexesByStep', () => {
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

  it('skips a step that added no shard (the whole archive was already asked for)', () => {
    expect(indexesByStep([a, b], [1, 2, 2]).map(months)).toEqual([['2025-04'], ['2025-03']])
  })
})

describe('stepDepths', () => {
  it('is where each step ends, at least one step', () => {
    const refs = Array.from({ length: 8 }, () => ({ bytes: 300 * 1024 }))
    expect(stepDepths(refs, 0)).toEqual([1])
    expect(stepDepths(refs, 4)).toEqual([1, 4, 8, 8])
  })
})
