import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import type { SearchDoc, SearchShard } from '../../schema/search'
import { expandIndex } from '../../schema/search-codec'
import { queryTerm, SEARCH_FIELDS, tokenize } from '../../schema/search-text'
import { containsPhrase } from './highlight'
import type { ParsedQuery, Phrase } from './parse-query'

/** A shard with its MiniSearch index, ready to query. */
export interface LoadedShard {
  shard: SearchShard
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

const loaded = new WeakMap<SearchShard, LoadedShard>()

/** Builds the MiniSearch index of a validated shard (once per shard object). */
export function loadShard(shard: SearchShard): LoadedShard {
  const cached = loaded.get(shard)
  if (cached) return cached
  const index = MiniSearch.loadJS(expandIndex(shard.x), {
    fields: [...SEARCH_FIELDS],
    tokenize,
    processTerm: queryTerm,
  })
  const result = { shard, index }
  loaded.set(shard, result)
  return result
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

function searchShard(
  { shard, index }: LoadedShard,
  query: ParsedQuery,
  podcast: string | null,
  combineWith: 'AND' | 'OR',
): SearchHit[] {
  const results: SearchResult[] = index.search(buildQuery(query, combineWith), {
    boost: FIELD_BOOST,
    boostDocument: (id) => {
      const doc = typeof id === 'number' ? shard.d[id] : undefined
      return doc ? KIND_BOOST[doc.k] : 0
    },
    filter: podcast
      ? (result) => {
          const doc = shard.d[result.id]
          return doc !== undefined && podcastOf(shard, doc) === podcast
        }
      : undefined,
  })
  const hits: SearchHit[] = []
  for (const result of results) {
    const id = Number(result.id)
    const doc = shard.d[id]
    if (!doc) continue
    // The index found the phrase's words; the stored text decides whether they stand together.
    if (query.phrases.length > 0) {
      const texts = textsOf(shard, doc)
      if (!query.phrases.every((phrase) => texts.some((text) => containsPhrase(text, phrase)))) {
        continue
      }
    }
    hits.push({ shard, id, doc, score: result.score, terms: result.terms })
  }
  return hits
}

/**
 * Searches the loaded shards (newest first) and merges their hits by score;
 * equal scores keep the newer document first. When no document has every
 * word of a several-word query, documents with any of them are returned
 * (`allWords: false`), so a reader is not left with nothing.
 */
export function searchShards(
  shards: readonly LoadedShard[],
  query: ParsedQuery,
  podcast: string | null = null,
): SearchOutcome {
  if (!hasSearchableWords(query)) return { hits: [], allWords: true }
  const run = (combineWith: 'AND' | 'OR') =>
    mergeHits(shards.map((shard) => searchShard(shard, query, podcast, combineWith)))
  const hits = run('AND')
  if (hits.length > 0 || query.terms.length < 2) return { hits, allWords: true }
  return { hits: run('OR'), allWords: false }
}

/** Hits of several shards (given newest first) in one list, best first; stable for ties. */
export function mergeHits(perShard: ReadonlyArray<readonly SearchHit[]>): SearchHit[] {
  return perShard
    .flatMap((hits, shardAt) => hits.map((hit) => ({ hit, shardAt })))
    .sort((a, b) => b.hit.score - a.hit.score || a.shardAt - b.shardAt || a.hit.id - b.hit.id)
    .map(({ hit }) => hit)
}
