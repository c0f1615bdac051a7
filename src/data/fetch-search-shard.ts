import { fetchJson } from '../lib/fetch-json'
import { searchShardSchema } from '../schema/search'
import { type DecodedShard, decodeShard } from '../schema/search-codec'

/**
 * One search shard, fetched, validated like every data file and packed: the
 * index in typed arrays, the parsed JSON's number arrays let go at once
 * (search-codec.ts). No React or query library here: the search page's
 * worker thread runs it (features/search/shard-worker.ts).
 */
export function fetchSearchShard(id: string, signal?: AbortSignal): Promise<DecodedShard> {
  return fetchJson(`search/${id}.json`, searchShardSchema, signal).then(decodeShard)
}
