import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../lib/fetch-json'
import { searchManifestSchema, searchShardSchema } from '../schema/search'
import { decodeShard } from '../schema/search-codec'

// The search files, in their own module so only the search page's chunk
// imports them: the overview never downloads the search schemas or data.

export const searchManifestQuery = () =>
  queryOptions({
    queryKey: ['search', 'manifest'],
    queryFn: ({ signal }) => fetchJson('search/index.json', searchManifestSchema, signal),
  })

export const searchShardQuery = (id: string) =>
  queryOptions({
    queryKey: ['search', 'shard', id],
    // Packed as it arrives: the cache keeps the index in typed arrays, and the
    // parsed JSON's number arrays are let go at once (search-codec.ts).
    queryFn: ({ signal }) =>
      fetchJson(`search/${id}.json`, searchShardSchema, signal).then(decodeShard),
    // A shard is large and immutable for the session: no structural comparison on refetch.
    structuralSharing: false,
  })
