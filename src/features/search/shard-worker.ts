import { fetchSearchShard } from '../../data/fetch-search-shard'
import { DataError } from '../../lib/data-error'
import { shardTextFacts } from './phrase-filter'
import type { ShardReply, ShardRequest } from './shard-worker-protocol'

// The search page's second thread (load-shard.ts): it fetches each shard,
// parses and validates it, packs its index and works out its phrase facts,
// about three quarters of a shard's cost, which the page's own thread paid
// before, in tasks of 50-100 ms a shard (docs/decisions/0014-search.md).

/** What this file uses of a worker's global scope (the project's types are the page's, DOM). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ShardRequest>) => void): void
  postMessage(message: ShardReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.addEventListener('message', (event) => void answer(event.data))

async function answer({ seq, id }: ShardRequest): Promise<void> {
  // One try for all of it: a failure after the fetch (working out the facts,
  // posting) must still be answered, or the page would wait for the shard forever.
  try {
    const shard = await fetchSearchShard(id)
    const facts = shardTextFacts(shard)
    const { d, ...rest } = shard
    const reply: ShardReply = { seq, ok: true, docs: JSON.stringify(d), shard: rest, facts }
    const { x } = rest
    scope.postMessage(reply, [
      x.lengths.buffer,
      x.termLists.buffer,
      x.listField.buffer,
      x.listPairs.buffer,
      x.bytes.buffer,
      facts.kinds.buffer,
      facts.firstText.buffer,
      facts.signatures.buffer,
    ])
  } catch (error) {
    const reply: ShardReply = {
      seq,
      ok: false,
      failure:
        error instanceof DataError
          ? { message: error.message, kind: error.kind, url: error.url, status: error.status }
          : { message: error instanceof Error ? error.message : String(error) },
    }
    scope.postMessage(reply)
  }
}
