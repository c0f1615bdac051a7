import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import type { SearchDoc, SearchShard } from '../../schema/search'
import { expandIndexes, type TermTable } from '../../schema/search-codec'
import { queryTerm, SEARCH_FIELDS, tokenize } from '../../schema/search-text'
import { containsPhrase } from './highlight'
import type { ParsedQuery, Phrase } from './parse-query'

/**
 * One MiniSearch index over one or more shards (consecutive, newest first),
 * ready to query. A document's id in the index is its place in `docs`.
 */
export interface LoadedIndex {
  shards: readonly SearchShard[]
  /** Every shard's documents, one after the other. */
  docs: readonly SearchDoc[]
  /** For each document, the position of its shard in `shards`. */
  shardAt: Uint16Array
  /** For each shard, the index id of its first document. */
  starts: readonly number[]
  index: MiniSearch
}

export interface SearchHit {
  shard: SearchShard
  /** Position of the document in `shard.d`. */
  id: number
  doc: SearchDoc
  score: number
  /** Index terms that matched (after prefix and fuzzy expansion), for highlighting. */
  terms: string[]
}

export interface SearchOutcome {
  hits: SearchHit[]
  /** False when no document had every word and the hits have any of them. */
  allWords: boolean
}

/**
 * Section-level hits rank above the episode's summary, which ranks above the
 * digest's title: a reader searching a term wants the passage about it, not
 * the day it was mentioned. Posts sit between sections and episodes.
 */
export const KIND_BOOST: Record<SearchDoc['k'], number> = { s: 3, c: 2, e: 1.5, d: 0.5 }
/** A word in a title says more than the same word in a bullet. */
const FIELD_BOOST = { t: 2, p: 1.5, b: 1 }

/** Indexes built so far, by their first shard (a shard is in one index at a time). */
const built = new WeakMap<SearchShard, LoadedIndex>()

/**
 * Builds one index over validated shards, given newest first (once for the
 * same shards). The search page puts each step of shards it fetched into one
 * index (use-search-index.ts), so a query walks a handful of term trees, not
 * one per shard: with 329 shards loaded, a typo's fuzzy walk alone took
 * 30-180 ms.
 */
export function loadShards(shards: readonly SearchShard[]): LoadedIndex {
  const first = shards[0]
  const cached = first ? built.get(first) : undefined
  if (
    cached &&
    cached.shards.length === shards.length &&
    cached.shards.every((shard, at) => shard === shards[at])
  ) {
    return cached
  }
  const docs: SearchDoc[] = []
  const shardAt = new Uint16Array(shards.reduce((sum, shard) => sum + shard.d.length, 0))
  const starts: number[] = []
  shards.forEach((shard, at) => {
    starts.push(docs.length)
    shardAt.fill(at, docs.length, docs.length + shard.d.length)
    for (const doc of shard.d) docs.push(doc)
  })
  const { plain, terms } = expandIndexes(shards.map((shard) => shard.x))
  const index = MiniSearch.loadJS(plain, {
    fields: [...SEARCH_FIELDS],
    tokenize,
    processTerm: queryTerm,
  })
  setTerms(index, terms)
  const result = { shards, docs, shardAt, starts, index }
  // The shards' earlier indexes (each searched alone while its step was
  // arriving) are dropped: memory holds each shard's index once.
  for (const shard of shards) built.delete(shard)
  if (first) built.set(first, result)
  return result
}

/**
 * Puts the terms into a MiniSearch loaded without them, as `loadJS` would
 * from the serialised form (see `expandIndexes` for why not through it).
 * `_index` is MiniSearch's term table (a radix tree keyed by term); the
 * version is pinned in package.json, and the engine's tests fail if it moves.
 */
function setTerms(index: MiniSearch, terms: TermTable): void {
  const table = (index as unknown as { _index?: { set?: unknown } })._index
  const set = table?.set
  if (typeof set !== 'function') throw new Error('MiniSearch has no term table to load terms into')
  for (const [term, fields] of terms) set.call(table, term, fields)
}

/** One shard's index (a step of one shard, or a shard whose step is still arriving). */
export function loadShard(shard: SearchShard): LoadedIndex {
  return loadShards([shard])
}

/** The podcast slug a document belongs to, or null (digests and posts belong to none). */
export function podcastOf(shard: SearchShard, doc: SearchDoc): string | null {
  const episode = doc.k === 's' ? shard.d[doc.e] : doc
  return episode?.k === 'e' ? (shard.p[episode.p]?.s ?? null) : null
}

function termQuery(words: readonly string[], combineWith: 'AND' | 'OR'): Query {
  return {
    queries: [...words],
    combineWith,
    // Every word may be the start of a longer one (results update as you type)…
    prefix: (term) => term.length >= 2,
    // …and may hold a typo: one edit from four letters, two from nine. (A share
    // of the length, MiniSearch's default, lets "trillion" find "million".)
    fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 4 ? 1 : false),
  }
}

/** Phrase words are looked up exactly (the last one of an unfinished phrase as a prefix). */
function phraseQuery(phrase: Phrase): Query {
  const words = phrase.words.filter((word) => queryTerm(word) !== null)
  const last = phrase.open ? words.pop() : undefined
  const queries: Query[] = []
  // An empty AND matches nothing, and would take the whole query with it:
  // `"china` (quote opened, one word) is only its prefix part.
  if (words.length > 0)
    queries.push({ queries: words, combineWith: 'AND', prefix: false, fuzzy: false })
  if (last !== undefined) queries.push({ queries: [last], prefix: true, fuzzy: false })
  return { queries, combineWith: 'AND' }
}

/** True when the query has a word the index can look up (not only "the", "of"…). */
export function hasSearchableWords(query: ParsedQuery): boolean {
  return [...query.terms, ...query.phrases.flatMap((p) => p.words)].some(
    (word) => queryTerm(word) !== null,
  )
}

function buildQuery(query: ParsedQuery, combineWith: 'AND' | 'OR'): Query {
  const terms = query.terms.filter((word) => queryTerm(word) !== null)
  const parts: Query[] = []
  if (terms.length > 0) parts.push(termQuery(terms, combineWith))
  for (const phrase of query.phrases) {
    if (phrase.words.some((word) => queryTerm(word) !== null)) parts.push(phraseQuery(phrase))
  }
  return { queries: parts, combineWith: 'AND' }
}

/** Every text of a document a phrase may sit in. */
function textsOf(shard: SearchShard, doc: SearchDoc): string[] {
  switch (doc.k) {
    case 'd':
      return [doc.t]
    case 'e':
      return [doc.t, shard.p[doc.p]?.n ?? '', ...doc.b]
    case 's':
    case 'c':
      return [doc.t, ...doc.b]
  }
}

function searchIndex(
  { shards, docs, shardAt, starts, index }: LoadedIndex,
  query: ParsedQuery,
  podcast: string | null,
  combineWith: 'AND' | 'OR',
): SearchHit[] {
  const shardOf = (id: number) => shards[shardAt[id] ?? 0]
  const results: SearchResult[] = index.search(buildQuery(query, combineWith), {
    boost: FIELD_BOOST,
    boostDocument: (id) => {
      const doc = typeof id === 'number' ? docs[id] : undefined
      return doc ? KIND_BOOST[doc.k] : 0
    },
    filter: podcast
      ? (result) => {
          const doc = docs[result.id]
          const shard = shardOf(result.id)
          return doc !== undefined && shard !== undefined && podcastOf(shard, doc) === podcast
        }
      : undefined,
  })
  const ranked: { hit: SearchHit; at: number }[] = []
  for (const result of results) {
    const at = Number(result.id)
    const doc = docs[at]
    const shard = shardOf(at)
    if (!doc || !shard) continue
    // The index found the phrase's words; the stored text decides whether they stand together.
    if (query.phrases.length > 0) {
      const texts = textsOf(shard, doc)
      if (!query.phrases.every((phrase) => texts.some((text) => containsPhrase(text, phrase)))) {
        continue
      }
    }
    const id = at - (starts[shardAt[at] ?? 0] ?? 0)
    ranked.push({ hit: { shard, id, doc, score: result.score, terms: result.terms }, at })
  }
  // Equal scores: the newer shard first (ids run from the newest shard on), then document order.
  return ranked.sort((a, b) => b.hit.score - a.hit.score || a.at - b.at).map(({ hit }) => hit)
}

/**
 * Searches the loaded indexes (newest first) and merges their hits by score;
 * equal scores keep the newer document first. When no document has every
 * word of a several-word query, documents with any of them are returned
 * (`allWords: false`), so a reader is not left with nothing.
 */
export function searchShards(
  indexes: readonly LoadedIndex[],
  query: ParsedQuery,
  podcast: string | null = null,
): SearchOutcome {
  if (!hasSearchableWords(query)) return { hits: [], allWords: true }
  const run = (combineWith: 'AND' | 'OR') =>
    mergeHits(indexes.map((index) => searchIndex(index, query, podcast, combineWith)))
  const hits = run('AND')
  if (hits.length > 0 || query.terms.length < 2) return { hits, allWords: true }
  return { hits: run('OR'), allWords: false }
}

/**
 * Hits of several indexes (given newest first, each list best first) in one
 * list, best first; equal scores keep the earlier index, then each list's order.
 */
export function mergeHits(perIndex: ReadonlyArray<readonly SearchHit[]>): SearchHit[] {
  return perIndex
    .flatMap((hits, indexAt) => hits.map((hit, rank) => ({ hit, indexAt, rank })))
    .sort((a, b) => b.hit.score - a.hit.score || a.indexAt - b.indexAt || a.rank - b.rank)
    .map(({ hit }) => hit)
}
