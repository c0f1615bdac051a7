import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { smallDigest } from '../../ingest/search-fixture'
import { buildShard, digestEntry } from '../../ingest/search-index'
import { decodeShard } from '../../schema/search-codec'
import type { ShardReply, ShardRequest } from './shard-worker-protocol'

const shard = buildShard('2025-02', [digestEntry(smallDigest('2025-02-03'), 'a.txt')], []).shard

function serve(files: Record<string, string>) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[url]
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

type Listener = (event: { data: unknown }) => void

/**
 * A Worker that runs the real shard-worker.ts in this thread: its global
 * scope is a stub whose messages are cloned across, as a browser would.
 */
class ThreadWorker {
  static started = 0
  /** Each request until the worker has answered it: a test waits for them before it ends. */
  static answering: Promise<unknown>[] = []
  private readonly listeners = new Map<string, Listener[]>()
  private readonly inside: Listener[] = []
  private ready: Promise<unknown> | null = null

  constructor() {
    ThreadWorker.started++
  }

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  postMessage(request: ShardRequest) {
    if (!this.ready) {
      vi.stubGlobal('self', {
        addEventListener: (_type: string, listener: Listener) => this.inside.push(listener),
        postMessage: (message: ShardReply) => {
          this.emit('message', structuredClone(message))
          this.answered()
        },
      })
      this.ready = import('./shard-worker')
    }
    ThreadWorker.answering.push(
      new Promise((resolve) => {
        this.answered = resolve
      }),
    )
    void this.ready.then(() => {
      for (const listener of this.inside) listener({ data: structuredClone(request) })
    })
  }

  private answered: (value?: unknown) => void = () => {}

  terminate() {}

  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data })
  }
}

/** A Worker whose file never loads: it reports an error for the first message. */
class BrokenWorker extends ThreadWorker {
  override postMessage() {
    queueMicrotask(() => this.emit('error', null))
  }
}

beforeEach(() => {
  vi.resetModules()
  ThreadWorker.started = 0
  ThreadWorker.answering = []
})

afterEach(async () => {
  await Promise.all(ThreadWorker.answering)
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('loadShard', () => {
  it('reads a shard on the worker: the same shard, and the same phrase facts', async () => {
    vi.stubGlobal('Worker', ThreadWorker)
    serve({ '/data/search/2025-02.json': JSON.stringify(shard) })
    const { loadShard } = await import('./load-shard')
    const { shardTextFacts } = await import('./phrase-filter')
    const loaded = await loadShard('2025-02')
    expect(ThreadWorker.started).toBe(1)
    expect(loaded).toEqual(decodeShard(shard))
    // The facts are the worker's, kept for this copy: worked out again here,
    // from documents taken away, they would be empty.
    const expected = shardTextFacts(decodeShard(shard))
    loaded.d.length = 0
    expect(shardTextFacts(loaded)).toEqual(expected)
  })

  it('says which file failed and how, as on this thread (the page words it for the reader)', async () => {
    vi.stubGlobal('Worker', ThreadWorker)
    serve({ '/data/search/2025-02.json': '{"v":1,' })
    const { loadShard } = await import('./load-shard')
    const { DataError } = await import('../../lib/data-error')
    const error = await loadShard('2025-02').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DataError)
    expect(error).toMatchObject({ kind: 'invalid-json', url: '/data/search/2025-02.json' })
  })

  it('answers a failure after the fetch too, instead of leaving the page waiting', async () => {
    vi.stubGlobal('Worker', ThreadWorker)
    serve({ '/data/search/2025-02.json': JSON.stringify(shard) })
    const { loadShard } = await import('./load-shard')
    vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new Error('out of memory')
    })
    await expect(loadShard('2025-02')).rejects.toThrow('out of memory')
  })

  it('reads the shards on this thread when the worker cannot start, and keeps doing so', async () => {
    vi.stubGlobal('Worker', BrokenWorker)
    const fetch = serve({ '/data/search/2025-02.json': JSON.stringify(shard) })
    const { loadShard } = await import('./load-shard')
    expect(await loadShard('2025-02')).toEqual(decodeShard(shard))
    expect(await loadShard('2025-02')).toEqual(decodeShard(shard))
    expect(ThreadWorker.started).toBe(1)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('lets go of a shard no longer wanted (its query cancelled)', async () => {
    vi.stubGlobal('Worker', ThreadWorker)
    serve({ '/data/search/2025-02.json': JSON.stringify(shard) })
    const { loadShard } = await import('./load-shard')
    const controller = new AbortController()
    const loading = loadShard('2025-02', controller.signal)
    controller.abort(new Error('cancelled'))
    await expect(loading).rejects.toThrow('cancelled')
  })

  it('reads on this thread where there are no workers', async () => {
    const fetch = serve({ '/data/search/2025-02.json': JSON.stringify(shard) })
    const { loadShard } = await import('./load-shard')
    expect(await loadShard('2025-02')).toEqual(decodeShard(shard))
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
