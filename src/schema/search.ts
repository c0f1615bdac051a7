import * as v from 'valibot'
import { isoDate, slug } from './digest'

// The full-text search files, written by the ingest under `search/` and read
// by the search page (docs/decisions/0014-search.md):
// - `search/index.json`: the manifest, newest shard first.
// - `search/<YYYY-MM>.json`: one shard, a run of consecutive months named by
//   its newest month, holding its documents and their MiniSearch index.
// - `search/builds.json`: what each shard was built from, for the next run
//   of the ingest only (the app never reads it).
// Field names are one or two letters: they repeat for every document and
// every term, and the shards are the largest files the app fetches.

/** `2026-11`: a shard is named by the newest month it covers. */
export const shardId = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))

export const searchShardRefSchema = v.object({
  id: shardId,
  /** Oldest and newest digest or post date in the shard. */
  from: isoDate,
  to: isoDate,
  /** How many documents (digests, episodes, sections, posts) it indexes. */
  docs: v.number(),
  /** Size of the shard file, so the app can fetch older shards in steps of similar weight. */
  bytes: v.number(),
})

export const searchManifestSchema = v.object({
  v: v.literal(1),
  /** Newest first. */
  shards: v.array(searchShardRefSchema),
})

/** A digest's title. */
const digestDoc = v.object({ k: v.literal('d'), d: isoDate, t: v.string() })

/** An episode: title, podcast (an index into the shard's `p`), summary then key points. */
const episodeDoc = v.object({
  k: v.literal('e'),
  /** Index of its digest document in `d`. */
  g: v.number(),
  s: slug,
  p: v.number(),
  t: v.string(),
  b: v.array(v.string()),
})

/** A section or sub-section (its number has a dot: "7.1"): title and bullets. */
const sectionDoc = v.object({
  k: v.literal('s'),
  /** Index of its episode document in `d`. */
  e: v.number(),
  /** The section id, the deep link's fragment. */
  i: slug,
  n: v.string(),
  /** The heading's emoji, or null. */
  m: v.nullable(v.string()),
  t: v.string(),
  b: v.array(v.string()),
})

/** A commentary post: title, then every paragraph, quoted parts included. */
const postDoc = v.object({
  k: v.literal('c'),
  s: slug,
  d: v.nullable(isoDate),
  t: v.string(),
  b: v.array(v.string()),
})

// Most common first: valibot tries the options in order and records an issue
// for each whose `k` does not match, and sections are eight in nine documents.
export const searchDocSchema = v.variant('k', [sectionDoc, episodeDoc, digestDoc, postDoc])

/**
 * A MiniSearch index in a compact form: document ids are the positions in
 * `d` (so MiniSearch's id map is not stored), and each term's postings are
 * flat number arrays `[field, docDelta, freq, docDelta, freq, …]` with
 * ascending document ids stored as differences (small numbers compress well).
 */
export const compactIndexSchema = v.object({
  /** Average length of each field (in SEARCH_FIELDS order). */
  a: v.array(v.number()),
  /** Per document, its field lengths in SEARCH_FIELDS order. */
  l: v.custom<number[][]>(
    (value) => isNumberLists(value, 0),
    'expected a list of lists of whole numbers',
  ),
  /** `[term, postings of field i, postings of field j, …]`. */
  t: v.custom<[string, ...number[][]][]>(
    isTermEntries,
    'expected a list of [term, ...lists of whole numbers]',
  ),
})

// The two checks above are loops rather than an integer schema per item: a
// shard holds about 100,000 postings numbers (10,000-digest archive), and a
// schema library's check of each, run cold on a search page's first load, was
// most of the shard's validation there (zod's, measured in decision 0014).

/**
 * An array whose items from `from` on are arrays of counts: field lengths,
 * field ids, id differences and frequencies are whole numbers from 0 to
 * 2^32 - 1, and the app packs them as such (search-codec.ts, packIndex).
 */
function isNumberLists(value: unknown, from: number): boolean {
  if (!Array.isArray(value)) return false
  for (let i = from; i < value.length; i++) {
    const list: unknown = value[i]
    if (!Array.isArray(list)) return false
    for (const n of list) if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) return false
  }
  return true
}

/** An array of `[string, ...number[][]]`. */
function isTermEntries(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  for (const entry of value) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isNumberLists(entry, 1)) {
      return false
    }
  }
  return true
}

export const searchShardSchema = v.object({
  v: v.literal(1),
  id: shardId,
  /** Podcasts the episodes refer to: slug and name. */
  p: v.array(v.object({ s: slug, n: v.string() })),
  d: v.array(searchDocSchema),
  x: compactIndexSchema,
})

/**
 * What each shard of this output was built from: a fingerprint of its inputs
 * (the ingest's code, its digests' bytes, its posts) and its ref. A later run
 * whose shard has the same fingerprint links the file instead of building it
 * again (scripts/ingest/shard-reuse.ts).
 */
export const shardBuildsSchema = v.object({
  v: v.literal(1),
  shards: v.array(v.object({ fingerprint: v.string(), ref: searchShardRefSchema })),
})

export type SearchShardRef = v.InferOutput<typeof searchShardRefSchema>
export type SearchManifest = v.InferOutput<typeof searchManifestSchema>
export type SearchDoc = v.InferOutput<typeof searchDocSchema>
export type CompactIndex = v.InferOutput<typeof compactIndexSchema>
export type SearchShard = v.InferOutput<typeof searchShardSchema>
export type ShardBuilds = v.InferOutput<typeof shardBuildsSchema>
