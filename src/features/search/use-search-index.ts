import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { searchManifestQuery } from '../../data/search-queries'
import type { SearchShardRef } from '../../schema/search'
import type { DecodedShard } from '../../schema/search-codec'
import { indexesByStep, type LoadedIndex, shardsToSearch } from './search-engine'
import { searchShardQuery } from './shard-query'
import { stepDepths, stepsToEnd } from './shard-steps'

export interface SearchIndexState {
  /** The manifest: without it nothing can be searched. */
  status: 'pending' | 'error' | 'success'
  error: Error | null
  retry: () => void
  /** Loaded shards, newest first: one index per step, or per shard for a step's newest while it arrives. */
  loaded: LoadedIndex[]
  /** True while a shard asked for is still on its way, or more steps are to follow (`all`). */
  fetching: boolean
  /** The first failed shard, to show with "Try again". */
  failed: { error: Error; retry: () => void } | null
  /**
   * True when that shard is older than every loaded one: the step the reader
   * asked for with "Search older digests" failed, so it is said at that button.
   */
  failedOlder: boolean
  /** Oldest and newest date covered by the shards searched (`loaded`). */
  covered: { from: string; to: string } | null
  /** The newest shard not asked for yet, or null when the whole archive is asked for. */
  older: SearchShardRef | null
  steps: number
  /** Steps not taken yet: 0 once the whole archive is asked for. */
  stepsLeft: number
  /** Fetch the next step of older shards. */
  more: () => void
  /**
   * Take every step left, one after the other, as pressing "Search older
   * digests" at the end of each would: a step's shards are fetched and
   * searched as before, so memory and the worker's queue never hold more.
   * Stops at a failure; the failed shard's Try again goes on.
   */
  all: () => void
}

interface Combined {
  /**
   * Each shard asked for, in order, once it has arrived and is searched: a
   * step still arriving holds back all but its newest few (shardsToSearch).
   */
  data: (DecodedShard | undefined)[]
  /**
   * For each shard asked for: false once it has failed, also while it is
   * fetched again (Try again). A step is searched whole from the shards that
   * came meanwhile, as it was before the reader pressed, not cut back to its
   * newest few until the retry lands.
   */
  arriving: boolean[]
  /** A flag, not a count: a count would change the result at every arrival. */
  fetching: boolean
  failure: UseQueryResult<DecodedShard> | null
  failedOlder: boolean
}

/**
 * A failed shard fetched again (Try again) counts as on its way, not as
 * failed: TanStack Query clears the error of a query fetched again without
 * data (see `arriving` for what remembers the failure).
 */
const hasFailed = (result: UseQueryResult<DecodedShard>) => result.isError

/**
 * The shard queries' results as the page reads them. useQueries keeps its
 * last result when this one is deeply equal, and then the page does not
 * render: so nothing here changes when a shard arrives that is not searched
 * yet (see shardsToSearch).
 */
function combine(results: UseQueryResult<DecodedShard>[], depths: readonly number[]): Combined {
  const failedAt = results.findIndex(hasFailed)
  const lastLoadedAt = results.findLastIndex((result) => result.data !== undefined)
  // Not `isError`: TanStack Query clears a query's error when it is fetched
  // again without data, but keeps the count of its failures.
  const arriving = results.map((result) => result.errorUpdateCount === 0)
  return {
    data: shardsToSearch(
      results.map((result) => result.data),
      depths,
      arriving,
    ),
    arriving,
    fetching: results.some((result) => result.isPending || result.isFetching),
    failure: results[failedAt] ?? null,
    failedOlder: failedAt > lastLoadedAt && lastLoadedAt >= 0,
  }
}

/**
 * The dates the search reaches: from the oldest to the newest shard in
 * `loaded`. A shard that has arrived is not searched yet while its step is
 * still arriving, past the step's newest few (indexesByStep): the footer must
 * not say it was.
 */
export function searchedRange(
  refs: readonly SearchShardRef[],
  loaded: readonly LoadedIndex[],
): { from: string; to: string } | null {
  const searched = new Set(loaded.flatMap((index) => index.shards.map((shard) => shard.id)))
  const reached = refs.filter((ref) => searched.has(ref.id))
  const newest = reached[0]
  const oldest = reached.at(-1)
  return newest && oldest ? { from: oldest.from, to: newest.to } : null
}

/**
 * The search index, fetched in steps (at least `atLeast`): the manifest and
 * the newest shard(s) first, older shards only when asked (or, for a few
 * steps, when a query has too few hits; see shard-steps.ts). Each shard is its own query, so it is
 * fetched once per session and validated like every data file.
 */
export function useSearchIndex(atLeast = 1): SearchIndexState {
  const manifest = useQuery(searchManifestQuery())
  const [taken, setTaken] = useState(atLeast)
  // Steps saved in a history entry (Back to this page) count as taken: the
  // reader left with that much loaded. More is kept: loaded shards cost nothing.
  const steps = Math.max(taken, atLeast)
  const shards = useMemo(() => manifest.data?.shards ?? [], [manifest.data])
  const depths = useMemo(() => stepDepths(shards, steps), [shards, steps])
  const depth = depths.at(-1) ?? 0
  // The same array while no step is added: TanStack Query defaults every
  // query's options again whenever it gets a new one, and the page renders
  // once for each shard that arrives (hundreds over a deep step).
  const queries = useMemo(
    () => shards.slice(0, depth).map((ref) => searchShardQuery(ref.id)),
    [shards, depth],
  )
  // Made again only with a new step: a new function has useQueries combine again.
  const combineSteps = useCallback(
    (results: UseQueryResult<DecodedShard>[]) => combine(results, depths),
    [depths],
  )
  const { data, arriving, fetching, failure, failedOlder } = useQueries({
    queries,
    combine: combineSteps,
  })
  const loaded = useMemo(() => indexesByStep(data, depths, arriving), [data, depths, arriving])
  const covered = useMemo(() => searchedRange(shards, loaded), [shards, loaded])
  const more = useCallback(() => setTaken((n) => Math.max(n, atLeast) + 1), [atLeast])

  const total = useMemo(() => stepsToEnd(shards), [shards])
  const [wholeArchive, setWholeArchive] = useState(false)
  const continuing = wholeArchive && steps < total && failure === null
  // Run again at each new step too: a step whose shards are all in the cache
  // already (an earlier search went as deep) leaves `fetching` as it was, and
  // the chain would stop there, saying "Searching older digests…" for ever.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per step, as said
  useEffect(() => {
    if (continuing && !fetching) more()
  }, [continuing, fetching, more, steps])
  const all = useCallback(() => {
    setWholeArchive(true)
    more()
  }, [more])

  return {
    status: manifest.status,
    error: manifest.error,
    retry: () => void manifest.refetch(),
    loaded,
    fetching: fetching || continuing,
    failed: failure?.error ? { error: failure.error, retry: () => void failure.refetch() } : null,
    failedOlder,
    covered,
    older: shards[depth] ?? null,
    steps,
    stepsLeft: Math.max(0, total - steps),
    more,
    all,
  }
}
