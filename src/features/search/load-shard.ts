import { fetchSearchShard } from '../../data/fetch-search-shard'
import { DataError } from '../../lib/data-error'
import type { DecodedShard } from '../../schema/search-codec'
import { rememberTextFacts } from './phrase-filter'
import type { ShardFailure, ShardReply, ShardRequest } from './shard-worker-protocol'

// Shards are read on a worker thread (shard-worker.ts): fetching, parsing,
// validating and packing one, and its phrase facts, cost the page's thread
// 50-100 ms a shard, and reaching the whole archive of 10,000 digests, 331
// shards, kept it busy for tens of seconds. What is left here is parsing the
// documents' text. Without a worker (tests, or one that cannot start) the
// same reading runs on this thread.

interface Waiting {
  id: string
  /** Still followed if the shard is read here after all (giveUp). */
  signal: AbortSignal | undefined
  resolve: (shard: DecodedShard) => void
  reject: (error: unknown) => void
}

/** undefined until first needed; null when there is none (then shards are read here). */
let worker: Worker | null | undefined
const waiting = new Map<number, Waiting>()
let lastSeq = 0

/** The shard `id`, read on the worker thread when there is one. */
export function loadShard(id: string, signal?: AbortSignal): Promise<DecodedShard> {
  const thread = shardWorker()
  if (!thread) return fetchSearchShard(id, signal)
  if (signal?.aborted) return Promise.reject(signal.reason)
  return new Promise<DecodedShard>((resolve, reject) => {
    const seq = ++lastSeq
    waiting.set(seq, { id, signal, resolve, reject })
    // The worker finishes the shard anyway; its answer finds nobody waiting.
    signal?.addEventListener(
      'abort',
      () => {
        if (waiting.delete(seq)) reject(signal.reason)
      },
      { once: true },
    )
    const request: ShardRequest = { seq, id }
    thread.postMessage(request)
  })
}

function shardWorker(): Worker | null {
  if (worker !== undefined) return worker
  worker = null
  if (typeof Worker === 'undefined') return null
  try {
    const started = new Worker(new URL('./shard-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search shards',
    })
    started.addEventListener('message', (event: MessageEvent<ShardReply>) => settle(event.data))
    // The worker's file could not be fetched (offline before it was ever
    // cached), or it failed outside a shard: what it was asked is read here.
    started.addEventListener('error', () => giveUp(started))
    worker = started
  } catch {
    // A browser or policy that refuses module workers: read here.
  }
  return worker
}

function settle(reply: ShardReply): void {
  const asked = waiting.get(reply.seq)
  if (!asked) return
  waiting.delete(reply.seq)
  if (!reply.ok) {
    asked.reject(asError(reply.failure))
    return
  }
  // Validated by the worker, against the same schema as every data file.
  const shard: DecodedShard = { ...reply.shard, d: JSON.parse(reply.docs) }
  rememberTextFacts(shard, reply.facts)
  asked.resolve(shard)
}

function giveUp(failed: Worker): void {
  failed.terminate()
  worker = null
  for (const [seq, asked] of waiting) {
    waiting.delete(seq)
    fetchSearchShard(asked.id, asked.signal).then(asked.resolve, asked.reject)
  }
}

/** The worker's failure as the error the page shows (a DataError names the file and what failed). */
function asError(failure: ShardFailure): Error {
  return failure.kind && failure.url
    ? new DataError(failure.kind, failure.url, failure.message, failure.status)
    : new Error(failure.message)
}
