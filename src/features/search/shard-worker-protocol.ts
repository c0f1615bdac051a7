import type { DataErrorKind } from '../../lib/data-error'
import type { DecodedShard } from '../../schema/search-codec'
import type { TextFacts } from './phrase-filter'

// The messages between the search page and its shard worker (shard-worker.ts,
// load-shard.ts). Types only: neither side's code is bundled into the other.

export interface ShardRequest {
  seq: number
  id: string
}

/** Why a shard could not be read, as plain data (an Error loses its class on the way). */
export interface ShardFailure {
  message: string
  /** Set when it was a DataError: the page says which file and what failed. */
  kind?: DataErrorKind
  url?: string
  status?: number
}

export type ShardReply =
  | {
      seq: number
      ok: true
      /**
       * The shard's documents as JSON: a structured clone of them cost the
       * page's thread 1.4-2.3 times what parsing this text does (Chromium,
       * 0.75-1 MB shards, 2026-12-06). The rest arrives by transfer.
       */
      docs: string
      shard: Omit<DecodedShard, 'd'>
      facts: TextFacts
    }
  | { seq: number; ok: false; failure: ShardFailure }
