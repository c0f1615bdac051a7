import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../lib/fetch-json'
import { searchManifestSchema } from '../schema/search'

// The search files, in their own module so only the search page's chunk
// imports them: the overview never downloads the search schemas or data.
// A shard's query is features/search/shard-query.ts: it reads the shard on a
// worker thread (fetch-search-shard.ts there) when the browser has one.

export const searchManifestQuery = () =>
  queryOptions({
    queryKey: ['search', 'manifest'],
    queryFn: ({ signal }) => fetchJson('search/index.json', searchManifestSchema, signal),
  })
