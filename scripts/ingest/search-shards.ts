import { planShards, searchManifest } from '../../src/ingest/search-index'
import { validateOutput } from '../../src/ingest/validate-output'
import type { Post } from '../../src/schema/post'
import type { SearchShardRef } from '../../src/schema/search'
import { BUILDS_PATH, previousShards, shardFileIntact, shardFingerprint } from './shard-reuse'
import { buildShardTask, type ShardTask } from './shard-task'

/** Text per shard: one busy month (about 30 daily digests) is a shard of its own. */
export const SHARD_TARGET_BYTES = 256 * 1024

/**
 * A digest as the search index finds it: published (the winner of its date),
 * its JSON on disk. Shards are built at the end of a run, each from its
 * months' files, so memory holds one shard, never the archive's text.
 */
export interface PublishedDigest {
  date: string
  /** The source document, as the report names it. */
  file: string
  /** The digest's JSON (absolute, or relative to the working folder). */
  path: string
  /** Its size: the weight by which months are grouped into shards. */
  bytes: number
  /** The hash of its bytes (shard-reuse.ts `bodyHash`). */
  hash: string
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

/** How a run takes over the shards of the output it replaces (shard-reuse.ts). */
export interface ShardReuse {
  /** The ingest's code: the content hash of the bundle that runs. */
  code: string
  /** DIR, the output this run replaces. */
  published: string
  /** Puts DIR's file at `path` (`search/<id>.json`) in the new output, unchanged. */
  link: (path: string) => void
}

export function buildShardsHere(output: SearchOutput): ShardBuilder {
  return async (tasks) => {
    const refs: SearchShardRef[] = []
    for (const task of tasks) {
      const { path, body, ref } = buildShardTask(task)
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
  digests: readonly PublishedDigest[],
  posts: readonly Post[],
  today: string,
  output: SearchOutput,
  /** Null: built here, one at a time. */
  build: ShardBuilder | null = null,
  /** Null: every shard is built, and no record of them is written for the next run. */
  reuse: ShardReuse | null = null,
): Promise<SearchShardRef[]> {
  const months = new Map<string, { bytes: number; digests: ShardTask['digests'] }>()
  for (const { date, file, path, bytes, hash } of digests) {
    const month = date.slice(0, 7)
    const entry = months.get(month) ?? { bytes: 0, digests: [] }
    entry.bytes += bytes
    entry.digests.push({ file, path, hash })
    months.set(month, entry)
  }
  const digestMonths = months.size
  for (const post of posts) {
    if (!post.date && digestMonths > 0) continue
    const month = (post.date ?? today).slice(0, 7)
    const entry = months.get(month) ?? { bytes: 0, digests: [] }
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
      digests: plan.months.flatMap((month) => months.get(month)?.digests ?? []),
      posts: posts.filter((post) =>
        post.date ? plan.months.includes(post.date.slice(0, 7)) : at === 0,
      ),
      today,
    }),
  )
  const refs = await buildOrReuse(tasks, build ?? buildShardsHere(output), reuse, output)
  output.writeText(
    'search/index.json',
    JSON.stringify(validated('search/index.json', searchManifest(refs))),
  )
  return refs
}

/** Refs in task order: the shards whose inputs are unchanged linked from DIR, the others built. */
async function buildOrReuse(
  tasks: ShardTask[],
  build: ShardBuilder,
  reuse: ShardReuse | null,
  output: SearchOutput,
): Promise<SearchShardRef[]> {
  if (!reuse) return build(tasks)
  const fingerprints = tasks.map((task) => shardFingerprint(task, reuse.code))
  const before = await previousShards(reuse.published)
  const kept = await Promise.all(
    tasks.map(async (task, at) => {
      const was = before.get(task.id)
      if (!was || was.fingerprint !== fingerprints[at]) return null
      return (await shardFileIntact(reuse.published, was.ref)) ? was.ref : null
    }),
  )
  tasks.forEach((task, at) => {
    if (kept[at]) reuse.link(`search/${task.id}.json`)
  })
  const built = await build(tasks.filter((_, at) => !kept[at]))
  let next = 0
  const shards = kept.map((ref, at) => ({
    fingerprint: fingerprints[at] ?? '',
    ref: ref ?? (built[next++] as SearchShardRef),
  }))
  output.writeText(BUILDS_PATH, JSON.stringify(validated(BUILDS_PATH, { v: 1, shards })))
  return shards.map((shard) => shard.ref)
}

function validated<T>(path: string, value: T): T {
  const problem = validateOutput(path, value)
  if (problem) throw new Error(`ingest produced an invalid file (a bug): ${problem}`)
  return value
}
