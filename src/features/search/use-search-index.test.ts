import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import { type SearchShardRef, searchShardSchema } from '../../schema/search'
import { type DecodedShard, decodeShard } from '../../schema/search-codec'
import { indexesByStep, PROGRESSIVE_SHARDS } from './search-engine'
import { searchedRange } from './use-search-index'

/** A month's shard as the app gets it, and its manifest entry. */
function month(id: string): { ref: SearchShardRef; shard: DecodedShard } {
  const { shard } = buildShard(id, [digestEntry(smallDigest(`${id}-03`), `${id}.txt`)], [])
  const ref = { id, from: `${id}-03`, to: `${id}-03`, docs: shard.d.length, bytes: 1000 }
  return { ref, shard: decodeShard(v.parse(searchShardSchema, JSON.parse(JSON.stringify(shard)))) }
}

describe('searchedRange', () => {
  const months = Array.from({ length: PROGRESSIVE_SHARDS + 3 }, (_, at) =>
    month(`2023-${String(12 - at).padStart(2, '0')}`),
  )
  const refs = months.map((m) => m.ref)
  const depths = [1, months.length]

  it('reaches no further back than the shards searched while a large step arrives', () => {
    // All but the newest shard of the second step are in; past its newest few they wait.
    const data = months.map((m, at) => (at === 1 ? undefined : m.shard))
    const range = searchedRange(refs, indexesByStep(data, depths))
    // The second step's newest PROGRESSIVE_SHARDS start at the second month: the last of them is the oldest searched.
    expect(range).toEqual({ from: months[PROGRESSIVE_SHARDS]?.ref.from, to: '2023-12-03' })
  })

  it('reaches the oldest shard once its step is whole', () => {
    const data = months.map((m) => m.shard)
    expect(searchedRange(refs, indexesByStep(data, depths))).toEqual({
      from: '2023-02-03',
      to: '2023-12-03',
    })
  })

  it('is null before anything is searched', () => {
    expect(searchedRange(refs, [])).toBeNull()
  })
})
