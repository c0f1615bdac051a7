import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import * as v from 'valibot'
import { type SearchShardRef, type ShardBuilds, shardBuildsSchema } from '../../src/schema/search'
import type { ShardTask } from './shard-task'

// A daily run publishes again an archive that has barely changed: of 330
// shards at 10,000 digests, one or two hold a new or changed document. Building
// them all was a third of the workers' time. A shard whose inputs are the same
// as the previous run's is linked from DIR instead (decision 0003, addendum
// "shards reused"). Its inputs are the ingest's code, its digests (by the
// hash of their published bytes) and its posts; two runs that agree on all of
// them write the same bytes, so reusing the file is exact, not a guess.

/** Beside the shards: each one's fingerprint and ref, read by the next run. */
export const BUILDS_PATH = 'search/builds.json'

/**
 * The hash of a digest's published JSON, as the fingerprint takes it. Base64
 * of SHA-1: a content check, not a security boundary (an attacker who can
 * write DIR can write the shards themselves).
 */
export function bodyHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url')
}

/**
 * Every input of the shard's bytes, hashed: `code` names the ingest's code
 * (the bundle's content hash), the digests their hashes, the posts their JSON.
 * `today` counts only for a shard with no digest, whose date range falls back
 * to it; otherwise a run on the next day would rebuild every shard.
 */
export function shardFingerprint(task: ShardTask, code: string): string {
  const hash = createHash('sha256')
  hash.update(`${code}\0${task.id}\0`)
  if (task.digests.length === 0) hash.update(`today ${task.today}\0`)
  for (const { file, path, hash: body } of task.digests) {
    hash.update(`${file}\0${basename(path)}\0${body}\0`)
  }
  hash.update(JSON.stringify(task.posts))
  return hash.digest('base64url')
}

/**
 * The previous run's shards by id, from DIR. Nothing (every shard is built)
 * when DIR has no such file, or one that does not parse: a file written by an
 * older ingest, or damaged, is never trusted.
 */
export async function previousShards(
  published: string,
): Promise<Map<string, ShardBuilds['shards'][number]>> {
  const byId = new Map<string, ShardBuilds['shards'][number]>()
  let text: string
  try {
    text = await readFile(join(published, BUILDS_PATH), 'utf8')
  } catch {
    return byId
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return byId
  }
  const parsed = v.safeParse(shardBuildsSchema, value)
  if (!parsed.success) return byId
  for (const shard of parsed.output.shards) byId.set(shard.ref.id, shard)
  return byId
}

/**
 * Whether DIR still holds the shard file its ref describes (same size). A
 * file removed or truncated by hand since is built again, not linked.
 */
export async function shardFileIntact(published: string, ref: SearchShardRef): Promise<boolean> {
  const file = await stat(join(published, `search/${ref.id}.json`)).catch(() => null)
  return file?.isFile() === true && file.size === ref.bytes
}
