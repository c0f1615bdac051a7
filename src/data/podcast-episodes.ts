import { queryOptions, type UseQueryResult, useQueries } from '@tanstack/react-query'
import { useCallback } from 'react'
import { fetchJson } from '../lib/fetch-json'
import { digestDays, episodeYears, type YearCount } from '../schema/podcast-years'
import {
  type EpisodeRef,
  type PodcastFile,
  type PodcastPart,
  type PodcastPartRef,
  podcastPartSchema,
} from '../schema/site-index'

// A long podcast's file holds its newest episodes and names the parts that
// hold the rest (decision 0018): a page fetches only the parts the rows it
// shows are in, not thousands of episodes for its first hundred.

export const podcastPartQuery = (slug: string, part: number) =>
  queryOptions({
    queryKey: ['podcast', slug, 'part', part],
    queryFn: ({ signal }) => fetchJson(`podcasts/${slug}/${part}.json`, podcastPartSchema, signal),
    // A part keeps its episodes once written (src/ingest/podcast-parts.ts).
    staleTime: Number.POSITIVE_INFINITY,
  })

/** The newest episodes, as many as `newest` or as are in the newest `days` digests, or one year's. */
export type PodcastWant = { newest: number } | { days: number } | { year: string }

export interface PodcastEpisodes {
  /**
   * Newest first: as many of the newest as are in (all that were asked for,
   * unless a part is on its way), or the year's episodes from the files in.
   */
  episodes: EpisodeRef[]
  /** How many there are in all: the podcast's, or the year's. */
  total: number
  years: YearCount[]
  /** How many digests the podcast's episodes are in. */
  digestCount: number
  /** A part the rows asked for is on its way. */
  loading: boolean
  /** A part the rows asked for could not be fetched. */
  failed: { error: Error; retry: () => void } | null
}

/** The podcast's episodes the page asks for, fetching the older parts they are in. */
export function usePodcastEpisodes(file: PodcastFile, want: PodcastWant): PodcastEpisodes {
  const refs = partsWanted(file, want)
  // The same function while the file and what is wanted stay: useQueries
  // combines again (new arrays for the list) only when a part comes in.
  const wantKey = JSON.stringify(want)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `want` is a new object each render; `wantKey` says when it changed
  const combine = useCallback(
    (results: UseQueryResult<PodcastPart>[]) => combineParts(file, want, results),
    [file, wantKey],
  )
  return useQueries({
    queries: refs.map((ref) => podcastPartQuery(file.slug, ref.part)),
    combine,
  })
}

/** Each year's episode count: written into a long podcast's file, counted for a short one's. */
export function podcastYears(file: PodcastFile): YearCount[] {
  return file.years ?? episodeYears(file.episodes)
}

/** Every episode of the podcast, in its own file and in its parts. */
export function podcastEpisodeCount(file: PodcastFile): number {
  return (file.older ?? []).reduce((sum, ref) => sum + ref.count, file.episodes.length)
}

/** Which older parts hold what is wanted, newest first. */
export function partsWanted(file: PodcastFile, want: PodcastWant): PodcastPartRef[] {
  const older = file.older ?? []
  if ('year' in want) {
    return older.filter(
      (ref) => ref.oldest.slice(0, 4) <= want.year && want.year <= ref.newest.slice(0, 4),
    )
  }
  const byDays = 'days' in want
  const enough = byDays ? want.days : want.newest
  const wanted: PodcastPartRef[] = []
  let have = byDays ? digestDays(file.episodes) : file.episodes.length
  for (const ref of older) {
    if (have >= enough) break
    wanted.push(ref)
    have += byDays ? ref.digestCount : ref.count
  }
  return wanted
}

/** What combineParts reads of each part's query. */
interface PartResult {
  data: PodcastPart | undefined
  error: Error | null
  isPending: boolean
  refetch: () => unknown
}

export function combineParts(
  file: PodcastFile,
  want: PodcastWant,
  results: readonly PartResult[],
): PodcastEpisodes {
  const years = podcastYears(file)
  const failedResult = results.find((result) => result.error)
  const failed = failedResult?.error
    ? { error: failedResult.error, retry: () => void failedResult.refetch() }
    : null
  const common = {
    years,
    digestCount: file.digestCount ?? digestDays(file.episodes),
    loading: results.some((result) => result.isPending && !result.error),
    failed,
  }
  // Only up to the first part not in: the rows must run on from the newest,
  // not show an older part's episodes where a newer one's will go.
  const inOrder = [...file.episodes]
  for (const result of results) {
    if (!result.data) break
    inOrder.push(...result.data.episodes)
  }
  if ('year' in want) {
    const episodes = inOrder.filter((episode) => episode.date.startsWith(want.year))
    const total = years.find((entry) => entry.year === want.year)?.count ?? episodes.length
    return { ...common, episodes, total }
  }
  return { ...common, episodes: inOrder, total: podcastEpisodeCount(file) }
}
