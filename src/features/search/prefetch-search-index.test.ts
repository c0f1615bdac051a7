import { afterEach, describe, expect, it, vi } from 'vitest'
import { searchManifestQuery } from '../../data/search-queries'
import { smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import { createQueryClient } from '../../lib/query-client'
import type { SearchManifest } from '../../schema/search'
import { decodeShard } from '../../schema/search-codec'
import { prefetchSearchIndex } from './prefetch-search-index'
import { searchShardQuery } from './shard-query'

const ref = (id: string, bytes: number) => ({
  id,
  from: `${id}-01`,
  to: `${id}-28`,
  docs: 10,
  bytes,
})

// The first step is 512 KB: the newest shard only, the next would pass it.
const manifest: SearchManifest = {
  v: 1,
  shards: [ref('2025-02', 300_000), ref('2025-01', 300_000), ref('2024-12', 100)],
}
const shard = buildShard('2025-02', [digestEntry(smallDigest('2025-02-03'), 'a.txt')], []).shard

function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[url]
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('prefetchSearchIndex', () => {
  it('puts the manifest and the first step of shards where the search page reads them', async () => {
    const fetch = serve({
      '/data/search/index.json': manifest,
      '/data/search/2025-02.json': shard,
    })
    const client = createQueryClient()
    await prefetchSearchIndex(client)
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/data/search/index.json',
      '/data/search/2025-02.json',
    ])
    expect(client.getQueryData(searchManifestQuery().queryKey)).toEqual(manifest)
    expect(client.getQueryData(searchShardQuery('2025-02').queryKey)).toEqual(decodeShard(shard))
  })

  it('fetches nothing twice: the page asking again, or a second prefetch, is answered from the cache', async () => {
    const fetch = serve({
      '/data/search/index.json': manifest,
      '/data/search/2025-02.json': shard,
    })
    const client = createQueryClient()
    await Promise.all([prefetchSearchIndex(client), prefetchSearchIndex(client)])
    await client.fetchQuery(searchShardQuery('2025-02'))
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('rejects when the manifest cannot be had, and asks for no shard', async () => {
    const fetch = serve({})
    await expect(prefetchSearchIndex(createQueryClient())).rejects.toThrow()
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/search/index.json'])
  })
})
