import { appendFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type DigestEntry, planShards, searchManifest } from '../../src/ingest/search-index'
import { validateOutput } from '../../src/ingest/validate-output'
import type { Post } from '../../src/schema/post'
import type { SearchShardRef } from '../../src/schema/search'
import { buildShardTask, type ShardTask } from './shard-task'

/** Text per shard: one busy month (about 30 daily digests) is a shard of its own. */
export const SHARD_TARGET_BYTES = 256 * 1024
/** Per-month buffer before it is appended to disk: bounds memory at any archive size. */
const BUFFER_BYTES = 64 * 1024
/** Inside the staging folder. */
export const SEARCH_SPILL_DIR = '.search-spill'

/** A month's spilled search entries: their text size, and the files holding them. */
export interface SpilledMonth {
  month: string
  bytes: number
  files: string[]
}

/**
 * The CLI's half of the search index. Documents arrive in file order, not
 * date order, and a shard needs all of its months' digests; holding them all
 * would hold the archive's text. So each digest's search entry is appended to
 * a file per month as it is parsed (inside the staging folder, so an aborted
 * run removes it with everything else), and the shards are built at the
 * end, each from its months' files (shard-task.ts).
 */
export class SearchSpill {
  private readonly dir: string
  private readonly buffers = new Map<string, string[]>()
  private readonly buffered = new Map<string, number>()
  private readonly bytes = new Map<string, number>()
  /** One append at a time per month file, in order. */
  private readonly writes = new Map<string, Promise<void>>()
  private made: Promise<unknown> | null = null
  private aborted = false

  /** `name` keeps the files of parsers on different threads apart. */
  constructor(
    stagingDir: string,
    private readonly name = 'main',
  ) {
    this.dir = join(stagingDir, SEARCH_SPILL_DIR)
  }

  add(entry: DigestEntry): void {
    this.addSerialized(entry.date, `${JSON.stringify(entry)}\n`)
  }

  /** As `add`, for an entry serialised elsewhere (a parse worker): one JSON line. */
  addSerialized(date: string, line: string): void {
    if (this.aborted) return
    const month = date.slice(0, 7)
    const lines = this.buffers.get(month) ?? []
    lines.push(line)
    this.buffers.set(month, lines)
    this.bytes.set(month, (this.bytes.get(month) ?? 0) + line.length)
    const size = (this.buffered.get(month) ?? 0) + line.length
    this.buffered.set(month, size)
    if (size >= BUFFER_BYTES) this.append(month)
  }

  /** Months that hold entries, with their text size and file (complete once `flush` resolves). */
  months(): SpilledMonth[] {
    return [...this.bytes].map(([month, bytes]) => ({ month, bytes, files: [this.path(month)] }))
  }

  /** Every pending append written; the first failure is thrown. */
  async flush(): Promise<void> {
    for (const month of this.buffers.keys()) this.append(month)
    await Promise.all(this.writes.values())
  }

  /**
   * No more appends, and the queued ones settled: call before the staging
   * folder is removed on a signal, or an append could recreate it.
   */
  async abort(): Promise<void> {
    this.aborted = true
    this.buffers.clear()
    await Promise.allSettled(this.writes.values())
  }

  private path(month: string): string {
    return join(this.dir, `${month}.${this.name}.jsonl`)
  }

  private append(month: string): void {
    const lines = this.buffers.get(month)
    if (this.aborted || !lines || lines.length === 0) return
    this.buffers.set(month, [])
    this.buffered.set(month, 0)
    // Not recursive: if the staging folder is gone (aborted run), fail rather than recreate it.
    // Parsers on other threads make it too: one that exists is fine.
    this.made ??= mkdir(this.dir).catch((error: unknown) => {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
    })
    const made = this.made
    const previous = this.writes.get(month) ?? Promise.resolve()
    const next = previous.then(() => made).then(() => appendFile(this.path(month), lines.join('')))
    // Handled here so a failed append does not crash the run before flush() reports it.
    next.catch(() => {})
    this.writes.set(month, next)
  }
}

export interface SearchOutput {
  /** Queues a serialised file (text, or its UTF-8 bytes) under the output folder. */
  writeText: (path: string, body: string | Uint8Array) => void
  /** Lets queued writes drain between shards. */
  flush: () => Promise<void>
}

/**
 * Builds shards and writes them, answering their refs in task order. The CLI
 * hands them to its parse workers when it has some; by default they are
 * built here, one at a time (memory holds one shard, never the archive).
 */
export type ShardBuilder = (tasks: ShardTask[]) => Promise<SearchShardRef[]>

export function buildShardsHere(output: SearchOutput): ShardBuilder {
  return async (tasks) => {
    const refs: SearchShardRef[] = []
    for (const task of tasks) {
      const { path, body, ref } = await buildShardTask(task)
      output.writeText(path, body)
      refs.push(ref)
      await output.flush()
    }
    return refs
  }
}

/**
 * Plans every shard newest first, has them built, then writes the manifest.
 * Posts go to the shard holding their month; undated posts to the newest
 * shard (or, in an archive with no digests, to one for `today`).
 */
export async function writeSearchIndex(
  spilled: readonly SpilledMonth[],
  posts: readonly Post[],
  today: string,
  output: SearchOutput,
  /** Null: built here, one at a time. */
  build: ShardBuilder | null = null,
): Promise<SearchShardRef[]> {
  const months = new Map<string, { bytes: number; files: string[] }>()
  for (const { month, bytes, files } of spilled) {
    const entry = months.get(month) ?? { bytes: 0, files: [] }
    entry.bytes += bytes
    entry.files.push(...files)
    months.set(month, entry)
  }
  const digestMonths = months.size
  for (const post of posts) {
    if (!post.date && digestMonths > 0) continue
    const month = (post.date ?? today).slice(0, 7)
    const entry = months.get(month) ?? { bytes: 0, files: [] }
    entry.bytes += JSON.stringify(post.blocks).length
    months.set(month, entry)
  }
  const plans = planShards(
    [...months].map(([month, { bytes }]) => ({ month, bytes })),
    SHARD_TARGET_BYTES,
  )
  const tasks = plans.map(
    (plan, at): ShardTask => ({
      id: plan.id,
      spillFiles: plan.months.flatMap((month) => months.get(month)?.files ?? []),
      posts: posts.filter((post) =>
        post.date ? plan.months.includes(post.date.slice(0, 7)) : at === 0,
      ),
      today,
    }),
  )
  const refs = await (build ?? buildShardsHere(output))(tasks)
  output.writeText(
    'search/index.json',
    JSON.stringify(validated('search/index.json', searchManifest(refs))),
  )
  return refs
}

function validated<T>(path: string, value: T): T {
  const problem = validateOutput(path, value)
  if (problem) throw new Error(`ingest produced an invalid file (a bug): ${problem}`)
  return value
}
