import { appendFile, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  buildShard,
  type DigestEntry,
  planShards,
  searchManifest,
  shardRef,
} from '../../src/ingest/search-index'
import type { Post } from '../../src/schema/post'
import type { SearchShardRef } from '../../src/schema/search'

/** Text per shard: one busy month (about 30 daily digests) is a shard of its own. */
export const SHARD_TARGET_BYTES = 256 * 1024
/** Per-month buffer before it is appended to disk: bounds memory at any archive size. */
const BUFFER_BYTES = 64 * 1024

/**
 * The CLI's half of the search index. Documents arrive in file order, not
 * date order, and a shard needs all of its months' digests; holding them all
 * would hold the archive's text. So each digest's search entry is appended to
 * a file per month as it is parsed (inside the staging folder, so an aborted
 * run removes it with everything else), and the shards are built one at a
 * time at the end.
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

  constructor(stagingDir: string) {
    this.dir = join(stagingDir, '.search-spill')
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

  /** Months that hold entries, with their text size. */
  months(): { month: string; bytes: number }[] {
    return [...this.bytes].map(([month, bytes]) => ({ month, bytes }))
  }

  /** Every pending append written; the first failure is thrown. */
  async flush(): Promise<void> {
    for (const month of this.buffers.keys()) this.append(month)
    await Promise.all(this.writes.values())
  }

  async read(month: string): Promise<DigestEntry[]> {
    if (!this.bytes.has(month)) return []
    const text = await readFile(this.path(month), 'utf8')
    // The spill is our own output of this run: a parse error here is a bug, and throws.
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line): DigestEntry => JSON.parse(line))
  }

  async remove(): Promise<void> {
    await Promise.allSettled(this.writes.values())
    await rm(this.dir, { recursive: true, force: true })
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
    return join(this.dir, `${month}.jsonl`)
  }

  private append(month: string): void {
    const lines = this.buffers.get(month)
    if (this.aborted || !lines || lines.length === 0) return
    this.buffers.set(month, [])
    this.buffered.set(month, 0)
    // Not recursive: if the staging folder is gone (aborted run), fail rather than recreate it.
    this.made ??= mkdir(this.dir)
    const made = this.made
    const previous = this.writes.get(month) ?? Promise.resolve()
    const next = previous.then(() => made).then(() => appendFile(this.path(month), lines.join('')))
    // Handled here so a failed append does not crash the run before flush() reports it.
    next.catch(() => {})
    this.writes.set(month, next)
  }
}

export interface SearchOutput {
  /** Path under the output folder -> value, one shard at a time (never all in memory). */
  write: (path: string, value: unknown) => void
  /** Lets queued writes drain between shards. */
  flush: () => Promise<void>
}

/**
 * Builds every shard newest first, then the manifest. Posts go to the shard
 * holding their month; undated posts to the newest shard (or, in an archive
 * with no digests, to one for `today`).
 */
export async function writeSearchIndex(
  spill: SearchSpill,
  posts: readonly Post[],
  today: string,
  output: SearchOutput,
): Promise<SearchShardRef[]> {
  await spill.flush()
  const months = new Map(spill.months().map(({ month, bytes }) => [month, bytes]))
  const digestMonths = months.size
  for (const post of posts) {
    if (!post.date && digestMonths > 0) continue
    const month = (post.date ?? today).slice(0, 7)
    months.set(month, (months.get(month) ?? 0) + JSON.stringify(post.blocks).length)
  }
  const plans = planShards(
    [...months].map(([month, bytes]) => ({ month, bytes })),
    SHARD_TARGET_BYTES,
  )
  const refs: SearchShardRef[] = []
  for (const [at, plan] of plans.entries()) {
    const entries = (await Promise.all(plan.months.map((month) => spill.read(month)))).flat()
    const inShard = posts.filter((post) =>
      post.date ? plan.months.includes(post.date.slice(0, 7)) : at === 0,
    )
    const { shard, from, to } = buildShard(plan.id, entries, inShard)
    const bytes = Buffer.byteLength(JSON.stringify(shard))
    output.write(`search/${plan.id}.json`, shard)
    refs.push(shardRef(shard, { from: from ?? today, to: to ?? today }, bytes))
    await output.flush()
  }
  output.write('search/index.json', searchManifest(refs))
  return refs
}
