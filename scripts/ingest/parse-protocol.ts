import type { ParseOutcome } from './parse-for-publish'

/** Messages from the pool to a parse worker. */
export type ToWorker =
  /** Pass 1: the emoji that stand intact in these files. */
  | { type: 'emoji'; paths: string[] }
  /** Pass 2 settings: what pass 1 found over the whole archive. */
  | { type: 'start'; today: string; knownEmoji: string[] }
  | { type: 'parse'; index: number; path: string; file: string }

/** Messages from a parse worker to the pool. */
export type FromWorker =
  | { type: 'emoji'; emoji: string[] }
  | { type: 'parsed'; index: number; outcome: ParseOutcome }
  | { type: 'read-error'; message: string }
