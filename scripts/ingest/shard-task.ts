import { readFile } from 'node:fs/promises'
import { buildShard, type DigestEntry, shardRef } from '../../src/ingest/search-index'
import type { Post } from '../../src/schema/post'
import type { SearchShardRef } from '../../src/schema/search'

/**
 * One search shard to build: plain data, so it can be handed to a parse
 * worker (shards are independent, and building them is most of a large
 * ingest's work after parsing).
 */
export interface ShardTask {
  id: string
  /** The spill files (one JSON line per digest) of the shard's months. */
  spillFiles: string[]
  posts: Post[]
  /** The date range of a shard with no dated document. */
  today: string
}

export interface BuiltShard {
  /** `search/<id>.json` */
  path: string
  /** Validated, serialised and encoded (UTF-8). */
  body: Uint8Array
  ref: SearchShardRef
}

/** Reads the shard's spilled entries and builds it; the caller writes `body`. */
export async function buildShardTask(task: ShardTask): Promise<BuiltShard> {
  const entries = (await Promise.all(task.spillFiles.map(readSpillFile))).flat()
  const { shard, from, to } = buildShard(task.id, entries, task.posts)
  const path = `search/${task.id}.json`
  // Not checked against searchShardSchema here, unlike the other files: its
  // documents are copied field by field from digests and posts that passed
  // their schemas, and the check was a tenth of a shard's build.
  // search-spill.test.ts checks every shard it builds instead.
  // Encoded once here: the ref needs the byte size and the write needs the
  // bytes, and each of byteLength and writeFile(string) walked the whole
  // text (a shard's text is mostly two-byte, its emoji and curly quotes).
  const body = Buffer.from(JSON.stringify(shard))
  const ref = shardRef(shard, { from: from ?? task.today, to: to ?? task.today }, body.length)
  return { path, body, ref }
}

async function readSpillFile(path: string): Promise<DigestEntry[]> {
  const text = await readFile(path, 'utf8')
  // The spill is our own output of this run: a parse error here is a bug, and throws.
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line): DigestEntry => JSON.parse(line))
}
