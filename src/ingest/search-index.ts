import type { Digest } from '../schema/digest'
import type { Block, Post } from '../schema/post'
import type { SearchDoc, SearchManifest, SearchShard, SearchShardRef } from '../schema/search'
import { SEARCH_FIELDS } from '../schema/search-text'
import { CompactIndexBuilder, type FieldText } from './compact-index-builder'

// The full-text search index, built at ingest time (docs/decisions/0014-search.md).
// Pure: the CLI builds each shard from the published digests of its months,
// read back one shard at a time on each thread (scripts/ingest/shard-task.ts),
// so memory holds a shard per thread, never the archive.

/** One digest's search documents, with indexes local to this entry. */
export interface DigestEntry {
  date: string
  /** The source file: of two digests for one date, the later file name wins (as in build-site). */
  file: string
  /** Podcasts the episode documents point at (`p` is an index into this list). */
  podcasts: { s: string; n: string }[]
  /** The digest document first; `g` and `e` are indexes into this list. */
  docs: SearchDoc[]
}

/** Search documents of one digest: the digest, each episode, each section and sub-section. */
export function digestEntry(digest: Digest, file: string): DigestEntry {
  const podcasts: DigestEntry['podcasts'] = []
  const docs: SearchDoc[] = [{ k: 'd', d: digest.date, t: digest.title }]
  for (const episode of digest.episodes) {
    let p = podcasts.findIndex((podcast) => podcast.s === episode.podcastSlug)
    if (p === -1) p = podcasts.push({ s: episode.podcastSlug, n: episode.podcast }) - 1
    const e = docs.length
    docs.push({
      k: 'e',
      g: 0,
      s: episode.slug,
      p,
      t: episode.title,
      b: [episode.summary, ...episode.keyPoints],
    })
    for (const section of episode.sections) {
      for (const part of [section, ...section.subsections]) {
        docs.push({
          k: 's',
          e,
          i: part.id,
          n: part.number,
          m: part.emoji,
          t: part.title,
          b: part.bullets,
        })
      }
    }
  }
  return { date: digest.date, file, podcasts, docs }
}

/** A post as one document; a quote's labelled parts read as "Label: text", as printed. */
export function postDoc(post: Post): SearchDoc {
  const lines: string[] = []
  const addParagraphs = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'quote':
          if (block.intro) lines.push(block.intro)
          addParagraphs(block.blocks)
          break
        case 'list':
          lines.push(...block.items)
          break
        case 'heading':
          lines.push(block.text)
          break
        case 'paragraph':
          lines.push(block.label ? `${block.label}: ${block.text}` : block.text)
      }
    }
  }
  addParagraphs(post.blocks)
  return { k: 'c', s: post.slug, d: post.date, t: post.title, b: lines }
}

/** A run of consecutive months that becomes one shard, named by its newest month. */
export interface ShardPlan {
  id: string
  /** Newest first. */
  months: string[]
}

/**
 * Groups months (newest first) into shards of at most `targetBytes` of text
 * (a month is never split, so a busy month is a shard of its own) and merges
 * quiet months, so the first shard is small enough to fetch at once and a
 * sparse archive is not hundreds of tiny files.
 */
export function planShards(
  months: ReadonlyArray<{ month: string; bytes: number }>,
  targetBytes: number,
): ShardPlan[] {
  const ordered = [...months].sort((a, b) => b.month.localeCompare(a.month))
  const plans: ShardPlan[] = []
  let current: ShardPlan | null = null
  let size = 0
  for (const { month, bytes } of ordered) {
    if (!current || size + bytes > targetBytes) {
      current = { id: month, months: [] }
      plans.push(current)
      size = 0
    }
    current.months.push(month)
    size += bytes
  }
  return plans
}

/**
 * Builds one shard: digests newest first (so a lower document id is a newer
 * document, the tie-break when scores are equal), then posts. Of two entries
 * for one date the one from the later file name is kept.
 */
export function buildShard(id: string, digests: readonly DigestEntry[], posts: readonly Post[]) {
  const byDate = new Map<string, DigestEntry>()
  for (const entry of [...digests].sort((a, b) => a.file.localeCompare(b.file))) {
    byDate.set(entry.date, entry)
  }
  const podcasts: SearchShard['p'] = []
  const podcastIndex = new Map<string, number>()
  const docs: SearchDoc[] = []
  const dates: string[] = []
  for (const entry of [...byDate.values()].sort((a, b) => b.date.localeCompare(a.date))) {
    dates.push(entry.date)
    const offset = docs.length
    for (const doc of entry.docs) {
      if (doc.k === 'e') {
        const podcast = entry.podcasts[doc.p]
        if (!podcast) throw new Error(`search entry ${entry.date}: unknown podcast ${doc.p}`)
        let p = podcastIndex.get(podcast.s)
        if (p === undefined) {
          p = podcasts.push(podcast) - 1
          podcastIndex.set(podcast.s, p)
        }
        docs.push({ ...doc, g: doc.g + offset, p })
      } else if (doc.k === 's') {
        docs.push({ ...doc, e: doc.e + offset })
      } else {
        docs.push(doc)
      }
    }
  }
  for (const post of posts) {
    if (post.date) dates.push(post.date)
    docs.push(postDoc(post))
  }

  const index = new CompactIndexBuilder()
  for (const doc of docs) index.add(SEARCH_FIELDS.map((field) => fieldText(doc, field, podcasts)))
  const shard: SearchShard = { v: 1, id, p: podcasts, d: docs, x: index.build() }
  dates.sort()
  return { shard, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null }
}

/**
 * The text MiniSearch indexes for a field (the body as its lines, indexed as
 * their join with "\n" is); an absent field is empty, so every document has every length.
 */
function fieldText(doc: SearchDoc, field: string, podcasts: SearchShard['p']): FieldText {
  switch (field) {
    case 't':
      return doc.t
    case 'b':
      return doc.k === 'd' ? '' : doc.b
    case 'p':
      return doc.k === 'e' ? (podcasts[doc.p]?.n ?? '') : ''
    default:
      return ''
  }
}

export function shardRef(
  shard: SearchShard,
  range: { from: string; to: string },
  bytes: number,
): SearchShardRef {
  return { id: shard.id, from: range.from, to: range.to, docs: shard.d.length, bytes }
}

export function searchManifest(refs: SearchShardRef[]): SearchManifest {
  return { v: 1, shards: [...refs].sort((a, b) => b.id.localeCompare(a.id)) }
}
