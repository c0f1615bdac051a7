// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, renderHook } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import { type SearchShardRef, searchShardSchema } from '../../schema/search'
import { type DecodedShard, decodeShard } from '../../schema/search-codec'
import { indexesByStep, PROGRESSIVE_SHARDS } from './search-engine'
import { searchedRange, useSearchIndex } from './use-search-index'

// Each shard arrives, or fails, when the test says so.
const arrivals = new Map<string, (shard: DecodedShard) => void>()
const failures = new Map<string, (error: Error) => void>()
vi.mock('./load-shard', () => ({
  loadShard: (id: string) =>
    new Promise((resolve, reject) => {
      arrivals.set(id, resolve)
      failures.set(id, reject)
    }),
}))
afterEach(cleanup)

/** A month's shard as the app gets it, and its manifest entry. */
function month(id: string): { ref: SearchShardRef; shard: DecodedShard } {
  const { shard } = buildShard(id, [digestEntry(smallDigest(`${id}-03`), `${id}.txt`)], [])
  const ref = { id, from: `${id}-03`, to: `${id}-03`, docs: shard.d.length, bytes: 1000 }
  return { ref, shard: decodeShard(v.parse(searchShardSchema, JSON.parse(JSON.stringify(shard)))) }
}

describe('searchedRange', () => {
  const months = Array.from({ length: PROGRESSIVE_SHARDS + 3 }, (_, at) =>
    month(`2023-${String(12 - at).padStart(2, '0')}`),
  )
  const refs = months.map((m) => m.ref)
  const depths = [1, months.length]

  it('reaches no further back than the shards searched while a large step arrives', () => {
    // All but the newest shard of the second step are in; past its newest few they wait.
    const data = months.map((m, at) => (at === 1 ? undefined : m.shard))
    const range = searchedRange(refs, indexesByStep(data, depths))
    // The second step's newest PROGRESSIVE_SHARDS start at the second month: the last of them is the oldest searched.
    expect(range).toEqual({ from: months[PROGRESSIVE_SHARDS]?.ref.from, to: '2023-12-03' })
  })

  it('reaches the oldest shard once its step is whole', () => {
    const data = months.map((m) => m.shard)
    expect(searchedRange(refs, indexesByStep(data, depths))).toEqual({
      from: '2023-02-03',
      to: '2023-12-03',
    })
  })

  it('is null before anything is searched', () => {
    expect(searchedRange(refs, [])).toBeNull()
  })
})

/** The hook over a fresh cache, counting its renders; `arrive` and `fail` answer a shard's fetch. */
function startHook(
  months: readonly { ref: SearchShardRef; shard: DecodedShard }[],
  refs: readonly SearchShardRef[],
  atLeast: number,
  /** Shards already in the cache (an earlier search fetched them). */
  cached: readonly number[] = [],
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  })
  client.setQueryData(['search', 'manifest'], { v: 1, shards: refs })
  for (const at of cached)
    client.setQueryData(['search', 'shard', months[at]?.ref.id], months[at]?.shard)
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children)
  const counter = { renders: 0 }
  const { result } = renderHook(
    () => {
      counter.renders++
      return useSearchIndex(atLeast)
    },
    { wrapper },
  )
  const answer = (settle: () => void) =>
    act(async () => {
      settle()
      // TanStack Query tells its observers on a timer.
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
  const id = (at: number) => months[at]?.ref.id ?? ''
  return {
    result,
    counter,
    answer,
    arrive: (at: number) => answer(() => arrivals.get(id(at))?.(months[at]?.shard as DecodedShard)),
    fail: (at: number) => answer(() => failures.get(id(at))?.(new Error('offline'))),
    searched: () => result.current.loaded.flatMap((index) => index.shards.map((s) => s.id)),
  }
}

describe('useSearchIndex', () => {
  // A first step of one large shard, then a step of many small ones.
  const months = Array.from({ length: PROGRESSIVE_SHARDS + 4 }, (_, at) =>
    month(`2022-${String(12 - at).padStart(2, '0')}`),
  )
  const refs = months.map((m, at) => ({ ...m.ref, bytes: at === 0 ? 600 * 1024 : 1000 }))

  const start = () => startHook(months, refs, 2)

  it('does not render for a shard that arrives past the newest few of its step', async () => {
    const { result, counter, arrive, searched } = start()
    for (let at = 0; at <= PROGRESSIVE_SHARDS; at++) await arrive(at)
    expect(searched()).toEqual(months.slice(0, PROGRESSIVE_SHARDS + 1).map((m) => m.ref.id))

    const before = counter.renders
    const loaded = result.current.loaded
    for (let at = PROGRESSIVE_SHARDS + 1; at < months.length - 1; at++) await arrive(at)
    expect(counter.renders).toBe(before)
    expect(result.current.loaded).toBe(loaded)
    expect(result.current.fetching).toBe(true)

    await arrive(months.length - 1)
    expect(searched()).toEqual(months.map((m) => m.ref.id))
    expect(result.current.loaded.length).toBe(2)
    expect(result.current.fetching).toBe(false)
  })

  it('keeps a step searched whole while its failed shard is fetched again', async () => {
    const { result, answer, arrive, fail, searched } = start()
    const failing = PROGRESSIVE_SHARDS + 2
    for (let at = 0; at < months.length; at++) {
      if (at === failing) await fail(at)
      else await arrive(at)
    }
    const whole = months.filter((_, at) => at !== failing).map((m) => m.ref.id)
    expect(searched()).toEqual(whole)
    expect(result.current.failed).not.toBeNull()

    await answer(() => result.current.failed?.retry())
    // On its way again: "Try again" is gone, and what was searched still is.
    expect(result.current.failed).toBeNull()
    expect(result.current.fetching).toBe(true)
    expect(searched()).toEqual(whole)

    await arrive(failing)
    expect(searched()).toEqual(months.map((m) => m.ref.id))
  })
})

describe('useSearchIndex: the whole archive', () => {
  // Shards of 600 KB: steps of one, one, three and one shard (budgets of 512 KB, 1, 2 and 4 MB).
  const months = Array.from({ length: 6 }, (_, at) =>
    month(`2020-${String(12 - at).padStart(2, '0')}`),
  )
  const refs = months.map((m) => ({ ...m.ref, bytes: 600 * 1024 }))
  const ids = months.map((m) => m.ref.id)

  it('takes every step left, one after the other, and says it is fetching between them', async () => {
    const { result, answer, arrive, searched } = startHook(months, refs, 1)
    await arrive(0)
    expect(result.current.stepsLeft).toBe(3)
    await answer(() => result.current.all())
    expect(result.current.steps).toBe(2)
    await arrive(1)
    // The next step is asked for once this one is in; the page never reads as idle between them.
    expect(result.current.steps).toBe(3)
    expect(result.current.fetching).toBe(true)
    for (const at of [2, 3, 4]) await arrive(at)
    expect(result.current.steps).toBe(4)
    await arrive(5)
    expect(searched()).toEqual(ids)
    expect(result.current.stepsLeft).toBe(0)
    expect(result.current.fetching).toBe(false)
  })

  it('stops at a step that fails, and goes on from its Try again', async () => {
    const { result, answer, arrive, fail, searched } = startHook(months, refs, 1)
    await arrive(0)
    await answer(() => result.current.all())
    await fail(1)
    expect(result.current.steps).toBe(2)
    expect(result.current.fetching).toBe(false)
    expect(result.current.failedOlder).toBe(true)

    await answer(() => result.current.failed?.retry())
    await arrive(1)
    expect(result.current.steps).toBe(3)
    for (const at of [2, 3, 4, 5]) await arrive(at)
    expect(searched()).toEqual(ids)
  })

  it('goes on through steps already in the cache', async () => {
    // An earlier search reached the third step: its shards are in, and nothing is fetched for them.
    const { result, answer, arrive, searched } = startHook(months, refs, 1, [0, 1, 2, 3, 4])
    expect(result.current.stepsLeft).toBe(3)
    await answer(() => result.current.all())
    expect(result.current.steps).toBe(4)
    expect(result.current.fetching).toBe(true)
    await arrive(5)
    expect(searched()).toEqual(ids)
    expect(result.current.fetching).toBe(false)
  })
})
