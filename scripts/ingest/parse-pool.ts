import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { SearchShardRef } from '../../src/schema/search'
import { findIntactEmojiInUtf8 } from './intact-emoji-bytes'
import { parseForPublish } from './parse-for-publish'
import type { FromWorker, ToWorker } from './parse-protocol'
import { readAhead } from './read-documents'
import type { ShardBuilder } from './search-shards'
import { OutcomeStager, type StagedOutcome } from './stage-outcome'

export interface ParsedFile {
  path: string
  outcome: StagedOutcome
}

export interface ParseOptions {
  today: string
  knownEmoji: ReadonlySet<string>
  /** The staging folder (with its PARSED_DIR made): parsers leave digests there. */
  dir: string
  /** DIR, the output being replaced: an unchanged file is linked from there (write-or-link.ts). */
  published: string
}

/**
 * Parses the documents of one run, in two passes (emoji seen intact anywhere
 * in the archive guide the repair of damaged ones, so pass 1 reads them all).
 * Outcomes come back in file order whatever the thread that parsed them, so
 * the output, the report and the choice between two digests of one date are
 * the same with or without workers.
 */
export interface DocumentParser {
  knownEmoji(): Promise<Set<string>>
  parse(options: ParseOptions): AsyncGenerator<ParsedFile>
  /**
   * Builds search shards on the worker threads, each writing its file under
   * `dir` (whose `search/` folder must exist), or linking the one in
   * `published` if unchanged; null without workers.
   */
  shardBuilder(dir: string, published: string): ShardBuilder | null
  /** Stops the threads (or, without them, further writes): safe to call twice. */
  close(): Promise<void>
}

/** Below this many documents, starting threads (each loads the parser) costs more than it saves. */
const MIN_DOCUMENTS_FOR_WORKERS = 200
const MAX_WORKERS = 4
/** Documents handed out but not yet consumed, per worker: keeps threads busy, memory bounded. */
const WINDOW_PER_WORKER = 8
const EMOJI_BATCH = 64
/**
 * Run from source (tsx, vitest) a worker registers the TypeScript loader
 * first; bundled (scripts/run-ingest.mjs, what `npm run ingest` runs) the
 * worker's bundle sits beside this module's.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./parse-worker-entry.mjs', import.meta.url)
  : new URL('./parse-worker.mjs', import.meta.url)
/** Per thread; the parse of one document needs a few MB, the rest is the parser's tables. */
const WORKER_HEAP_MB = 256
/**
 * V8 sizes a thread's young generation from its old one: a few MB for 256 MB,
 * so the parse's short-lived strings and arrays were scavenged every few
 * documents and anything alive across two scavenges was promoted, and the
 * garbage collector ran 6-8 % of each worker's time. A larger nursery lets
 * them die young (each thread's RSS grows by at most this). 96 rather than
 * 48: a search shard's token tables live for the whole shard, and with 48
 * many were promoted before it was written; at 10,000 digests the search
 * phase took 3.6 s instead of 4.4 s (medians of 10 interleaved runs: shorter
 * in 9, the whole run faster in 8), for 60-90 MB more peak RSS (decision 0003).
 */
const WORKER_YOUNG_MB = 96

/**
 * `INGEST_WORKERS=N` forces N threads (0: parse on the main thread), for
 * tests and for measuring; by default one per core for large archives.
 */
export function workerCount(documents: number): number {
  const forced = process.env.INGEST_WORKERS
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), MAX_WORKERS)
  if (documents < MIN_DOCUMENTS_FOR_WORKERS) return 0
  return Math.min(availableParallelism(), MAX_WORKERS)
}

export function createDocumentParser(
  files: readonly string[],
  displayPath: (path: string) => string,
): DocumentParser {
  const workers = workerCount(files.length)
  return workers === 0
    ? new InProcessParser(files, displayPath)
    : new WorkerPool(files, displayPath, workers)
}

class InProcessParser implements DocumentParser {
  constructor(
    private readonly files: readonly string[],
    private readonly displayPath: (path: string) => string,
  ) {}

  async knownEmoji(): Promise<Set<string>> {
    const found = new Set<string>()
    for await (const { bytes } of readAhead(this.files)) {
      for (const emoji of findIntactEmojiInUtf8(bytes)) found.add(emoji)
    }
    return found
  }

  async *parse(options: ParseOptions): AsyncGenerator<ParsedFile> {
    const stager = new OutcomeStager(options.dir, options.published)
    let index = 0
    for await (const { path, bytes } of readAhead(this.files)) {
      const outcome = parseForPublish(bytes, this.displayPath(path), options)
      yield { path, outcome: stager.stage(outcome, index++) }
    }
  }

  shardBuilder(): null {
    return null
  }

  async close(): Promise<void> {}
}

/** Messages of all workers in arrival order, or the first failure of any of them. */
class Inbox {
  private readonly queue: FromWorker[] = []
  private failure: Error | null = null
  private wake: (() => void) | null = null

  push(message: FromWorker): void {
    this.queue.push(message)
    this.wake?.()
  }

  fail(error: Error): void {
    this.failure ??= error
    this.wake?.()
  }

  async next(): Promise<FromWorker> {
    for (;;) {
      if (this.failure) throw this.failure
      const message = this.queue.shift()
      if (message) {
        if (message.type === 'io-error') throw new Error(message.message)
        return message
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve
      })
      this.wake = null
    }
  }
}

class WorkerPool implements DocumentParser {
  private readonly threads: { worker: Worker; busy: number }[] = []
  private readonly inbox = new Inbox()
  private closing = false

  constructor(
    private readonly files: readonly string[],
    private readonly displayPath: (path: string) => string,
    count: number,
  ) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_ENTRY, {
        resourceLimits: {
          maxOldGenerationSizeMb: WORKER_HEAP_MB,
          maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
        },
      })
      const thread = { worker, busy: 0 }
      worker.on('message', (message: FromWorker) => {
        // One answer per message `send` counted; shards are taken, not sent (shardBuilder).
        if (message.type !== 'shard') thread.busy--
        this.inbox.push(message)
      })
      worker.on('error', (error) => this.inbox.fail(error))
      worker.on('exit', (code) => {
        if (!this.closing) this.inbox.fail(new Error(`a parse worker stopped (exit code ${code})`))
      })
      this.threads.push(thread)
    }
  }

  private send(message: ToWorker): void {
    const thread = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a))
    thread.busy++
    thread.worker.postMessage(message)
  }

  async knownEmoji(): Promise<Set<string>> {
    const found = new Set<string>()
    let next = 0
    let outstanding = 0
    const sendBatch = () => {
      if (next >= this.files.length) return
      this.send({ type: 'emoji', paths: this.files.slice(next, next + EMOJI_BATCH) })
      next += EMOJI_BATCH
      outstanding++
    }
    for (let i = 0; i < this.threads.length * 2; i++) sendBatch()
    while (outstanding > 0) {
      const message = await this.inbox.next()
      if (message.type !== 'emoji') continue
      outstanding--
      for (const emoji of message.emoji) found.add(emoji)
      sendBatch()
    }
    return found
  }

  async *parse(options: ParseOptions): AsyncGenerator<ParsedFile> {
    for (const { worker } of this.threads) {
      const start: ToWorker = {
        type: 'start',
        today: options.today,
        knownEmoji: [...options.knownEmoji],
        dir: options.dir,
        published: options.published,
      }
      worker.postMessage(start)
    }
    const done = new Map<number, StagedOutcome>()
    const window = this.threads.length * WINDOW_PER_WORKER
    let sent = 0
    for (let index = 0; index < this.files.length; index++) {
      while (sent < this.files.length && sent - index < window) {
        const path = this.files[sent] ?? ''
        this.send({ type: 'parse', index: sent, path, file: this.displayPath(path) })
        sent++
      }
      let outcome = done.get(index)
      while (!outcome) {
        const message = await this.inbox.next()
        if (message.type === 'parsed') done.set(message.index, message.outcome)
        outcome = done.get(index)
      }
      done.delete(index)
      yield { path: this.files[index] ?? '', outcome }
    }
  }

  shardBuilder(dir: string, published: string): ShardBuilder {
    return async (tasks) => {
      const refs = new Map<string, SearchShardRef>()
      // Each thread takes the next task itself (parse-protocol.ts): handed out
      // from here, two at a time, threads sat idle while this thread wrote
      // the site files and the report.
      const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
      for (const { worker } of this.threads) {
        worker.postMessage({ type: 'shards', tasks, next, dir, published } satisfies ToWorker)
      }
      while (refs.size < tasks.length) {
        const message = await this.inbox.next()
        if (message.type !== 'shard') continue
        refs.set(message.id, message.ref)
      }
      return tasks.map(({ id }) => {
        const ref = refs.get(id)
        if (!ref) throw new Error(`search shard ${id} was not built`)
        return ref
      })
    }
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()))
  }
}
