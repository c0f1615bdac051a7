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

describe('useSearchIndex', () => {
  // A first step of one large shard, then a step of many small ones.
  const months = Array.from({ length: PROGRESSIVE_SHARDS + 4 }, (_, at) =>
    month(`2022-${String(12 - at).padStart(2, '0')}`),
  )
  const refs = months.map((m, at) => ({ ...m.ref, bytes: at === 0 ? 600 * 1024 : 1000 }))

  /** The hook over a fresh cache, counting its renders; `arrive` and `fail` answer a shard's fetch. */
  function start() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    client.setQueryData(['search', 'manifest'], { v: 1, shards: refs })
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children)
    const counter = { renders: 0 }
    const { result } = renderHook(
      () => {
        counter.renders++
        return useSearchIndex(2)
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
      arrive: (at: number) =>
        answer(() => arrivals.get(id(at))?.(months[at]?.shard as DecodedShard)),
      fail: (at: number) => answer(() => failures.get(id(at))?.(new Error('offline'))),
      searched: () => result.current.loaded.flatMap((index) => index.shards.map((s) => s.id)),
    }
  }

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
