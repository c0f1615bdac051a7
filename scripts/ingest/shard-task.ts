import { readFileSync } from 'node:fs'
import { buildShard, digestEntry, shardRef } from '../../src/ingest/search-index'
import type { Digest } from '../../src/schema/digest'
import type { Post } from '../../src/schema/post'
import type { SearchShardRef } from '../../src/schema/search'
import { type JsonLayout, jsonToUtf8 } from './json-bytes'

/**
 * One search shard to build: plain data, so it can be handed to a parse
 * worker (shards are independent, and building them is most of a large
 * ingest's work after parsing).
 */
export interface ShardTask {
  id: string
  /**
   * The published digests of the shard's months: their JSON, the document
   * each came from, and the hash of the JSON's bytes (shard-reuse.ts).
   */
  digests: { file: string; path: string; hash: string }[]
  posts: Post[]
  /** The date range of a shard with no dated document. */
  today: string
}

/** Its documents and its index's terms, each one piece (its lengths, tiny lists, are one piece). */
const SHARD_JSON_LAYOUT: JsonLayout = { d: 'items', x: { t: 'items' } }

export interface BuiltShard {
  /** `search/<id>.json` */
  path: string
  /** Validated, serialised and encoded (UTF-8). */
  body: Uint8Array
  ref: SearchShardRef
}

/** Reads the shard's digests and builds it; the caller writes `body`. */
export function buildShardTask(task: ShardTask): BuiltShard {
  // The digests' own published files, read back (from the page cache, just
  // written): before, each parser also wrote every digest's search entry to a
  // spill file, as much text again, serialised, written, read and parsed.
  const entries = task.digests.map(({ file, path }) => {
    // Our own output of this run, validated when it was parsed: a parse error here is a bug, and throws.
    const digest: Digest = JSON.parse(readFileSync(path, 'utf8'))
    return digestEntry(digest, file)
  })
  const { shard, from, to } = buildShard(task.id, entries, task.posts)
  const path = `search/${task.id}.json`
  // Not checked against searchShardSchema here, unlike the other files: its
  // documents are copied field by field from digests and posts that passed
  // their schemas, and the check was a tenth of a shard's build.
  // search-shards.test.ts checks every shard it builds instead.
  // Encoded once here: the ref needs the byte size and the write needs the
  // bytes. In pieces: each document and term on its own
  // (json-bytes.ts; the whole shard's JSON string cost twice as much).
  const body = jsonToUtf8(shard, SHARD_JSON_LAYOUT)
  const ref = shardRef(shard, { from: from ?? task.today, to: to ?? task.today }, body.length)
  return { path, body, ref }
}
