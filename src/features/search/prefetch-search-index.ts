import type { QueryClient } from '@tanstack/react-query'
import { searchManifestQuery } from '../../data/search-queries'
import { searchShardQuery } from './shard-query'
import { nextDepth } from './shard-steps'

/**
 * Fetches what a first query needs, the manifest and then the newest step of
 * shards, into the cache the search page reads (useSearchIndex asks for the
 * same queries, so nothing is fetched twice). The page asked for them only
 * once it had mounted, a second after its chunk arrived on a cold
 * `/search?q=` at 4x CPU; started with the app (app/prefetch-route-data.ts)
 * or when the reader focuses the header's field, they are in by then.
 * Rejects when the manifest cannot be fetched: the page's own query says so.
 */
export async function prefetchSearchIndex(client: QueryClient): Promise<void> {
  const manifest = await client.fetchQuery(searchManifestQuery())
  const depth = nextDepth(manifest.shards, 0, 0)
  await Promise.all(
    manifest.shards.slice(0, depth).map((ref) => client.prefetchQuery(searchShardQuery(ref.id))),
  )
}
