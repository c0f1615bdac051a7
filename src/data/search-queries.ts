import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../lib/fetch-json'
import { searchManifestSchema, searchShardSchema } from '../schema/search'

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
    queryFn: ({ signal }) => fetchJson(`search/${id}.json`, searchShardSchema, signal),
    // A shard is large and immutable for the session: no structural comparison on refetch.
    structuralSharing: false,
  })
