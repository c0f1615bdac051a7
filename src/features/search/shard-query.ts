import { queryOptions } from '@tanstack/react-query'
import { loadShard } from './load-shard'

/** One search shard, read on the search page's worker thread (load-shard.ts). */
export const searchShardQuery = (id: string) =>
  queryOptions({
    queryKey: ['search', 'shard', id],
    queryFn: ({ signal }) => loadShard(id, signal),
    // A shard is large and immutable for the session: no structural comparison on refetch.
    structuralSharing: false,
  })
