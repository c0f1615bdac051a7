import type { SearchShardRef } from '../../src/schema/search'
import type { ShardTask } from './shard-task'
import type { StagedOutcome } from './stage-outcome'

/** Messages from the pool to a parse worker. */
export type ToWorker =
  /** Pass 1: the emoji that stand intact in these files. */
  | { type: 'emoji'; paths: string[] }
  /** Pass 2 settings: what pass 1 found over the whole archive. */
  | {
      type: 'start'
      today: string
      knownEmoji: string[]
      /** The staging folder, where the worker leaves what it parses (stage-outcome.ts). */
      dir: string
      /** DIR, whose unchanged files are linked rather than written again. */
      published: string
    }
  | { type: 'parse'; index: number; path: string; file: string }
  /**
   * After parsing: build search shards and write them under `dir` (the
   * staging folder). Every worker gets every task and takes the next one
   * not yet taken from `next` (a shared counter): a worker never waits for
   * the main thread, which is busy writing the site files meanwhile.
   */
  | { type: 'shards'; tasks: ShardTask[]; next: SharedArrayBuffer; dir: string; published: string }

/** Messages from a parse worker to the pool. */
export type FromWorker =
  | { type: 'emoji'; emoji: string[] }
  | { type: 'parsed'; index: number; outcome: StagedOutcome }
  | { type: 'shard'; id: string; ref: SearchShardRef }
  /** A file could not be read or written: the run stops, as it would without workers. */
  | { type: 'io-error'; message: string }
