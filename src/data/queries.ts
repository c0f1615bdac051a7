import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../lib/fetch-json'
import { digestSchema } from '../schema/digest'
import { postSchema } from '../schema/post'
import {
  monthFileSchema,
  podcastFileSchema,
  postListSchema,
  siteIndexSchema,
} from '../schema/site-index'
import { digestFile, postFile } from './data-files'

// One queryOptions factory per published file: the key and the fetcher live
// together, so a route loader (ensureQueryData), a prefetch on hover and a
// component (useSuspenseQuery/useQuery) all share one cache entry.

export const siteIndexQuery = () =>
  queryOptions({
    queryKey: ['site-index'],
    queryFn: ({ signal }) => fetchJson('index.json', siteIndexSchema, signal),
  })

/**
 * The latest digest's date as a prerendered overview was made (its embedded
 * data seeds it; scripts/prerender): the overview shows that day from the
 * HTML while the site index, which has the last word, is on its way. Never
 * fetched: elsewhere it stays empty and the index alone decides.
 */
export const prerenderedLatestQuery = () =>
  queryOptions<string>({ queryKey: ['prerendered-latest'], enabled: false })

export const digestQuery = (date: string) =>
  queryOptions({
    queryKey: ['digest', date],
    queryFn: ({ signal }) => fetchJson(digestFile(date), digestSchema, signal),
  })

export const monthQuery = (month: string) =>
  queryOptions({
    queryKey: ['month', month],
    queryFn: ({ signal }) => fetchJson(`months/${month}.json`, monthFileSchema, signal),
  })

export const podcastQuery = (slug: string) =>
  queryOptions({
    queryKey: ['podcast', slug],
    queryFn: ({ signal }) => fetchJson(`podcasts/${slug}.json`, podcastFileSchema, signal),
  })

export const postListQuery = () =>
  queryOptions({
    queryKey: ['posts'],
    queryFn: ({ signal }) => fetchJson('posts.json', postListSchema, signal),
  })

export const postQuery = (slug: string) =>
  queryOptions({
    queryKey: ['post', slug],
    queryFn: ({ signal }) => fetchJson(postFile(slug), postSchema, signal),
  })
