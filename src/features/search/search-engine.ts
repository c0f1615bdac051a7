import SearchableMap from 'minisearch/SearchableMap'
import type { SearchDoc } from '../../schema/search'
import { type DecodedShard, expandIndexes, type TermPostings } from '../../schema/search-codec'
import { isCapitalsTerm, queryTerm, SEARCH_FIELDS } from '../../schema/search-text'
import { type CloseSpelling, closeSpellings, type QueryWord } from './close-spellings'
import type { ParsedQuery } from './parse-query'
import { keepPhraseMatches, shardTextFacts, type TextFacts } from './phrase-filter'
import {
  bestDocs,
  type Expansions,
  type Query,
  type ScoringIndex,
  scoreQuery,
  type TermSpelling,
  termsOf,
} from './score-query'

/**
 * One index over one or more shards (consecutive, newest first), ready to
 * query. A document's id in the index is its place in `docs`.
 */
export interface LoadedIndex extends ScoringIndex {
  shards: readonly DecodedShard[]
  /** Every shard's documents, one after the other. */
  docs: readonly SearchDoc[]
  /** For each document, the position of its shard in `shards`. */
  shardAt: Uint16Array
  /** For each shard, the index id of its first document. */
  starts: readonly number[]
  /** Each document's `KIND_BOOST`. */
  kindBoost: Float64Array
  /** For each shard, what a phrase search knows of its texts before reading them (phrase-filter.ts). */
  textFacts: readonly TextFacts[]
}

export interface SearchHit {
  shard: DecodedShard
  /** Position of the document in `shard.d`. */
  id: number
  doc: SearchDoc
  score: number
  /**
   * Index terms that matched the words outside quotes (after prefix and fuzzy
   * expansion), for highlighting; a phrase is marked where it stands.
   */
  terms: string[]
}

export interface SearchOutcome {
  /** How many documents match. */
  count: number
  /**
   * The `n` best hits, best first. Only what is asked for is ranked and
   * made: a page shows twenty of what may be tens of thousands.
   */
  best: (n: number) => readonly SearchHit[]
  /** False when no document had every word and the hits have any of them. */
  allWords: boolean
  /** Words found only by close spelling, with what was found instead (close-spellings.ts). */
  closeSpellings: () => readonly CloseSpelling[]
}

/** Results a search page shows at first, and adds with "Show more results". */
export const RESULTS_PAGE_SIZE = 20

/** One index's matches: counted at once, ranked when asked. */
interface IndexHits {
  count: number
  best: (n: number) => SearchHit[]
  /** How the query's words (outside quotes) were found (score-query.ts). */
  spellings: ReadonlyMap<string, TermSpelling>
}

/**
 * Section-level hits rank above the episode's summary, which ranks above the
 * digest's title: a reader searching a term wants the passage about it, not
 * the day it was mentioned. Posts sit between sections and episodes.
 */
export const KIND_BOOST: Record<SearchDoc['k'], number> = { s: 3, c: 2, e: 1.5, d: 0.5 }
/** A word in a title says more than the same word in a bullet (by field id). */
const FIELD_BOOST = SEARCH_FIELDS.map((field) => ({ t: 2, p: 1.5, b: 1 })[field])

/** Indexes built so far, by their first shard (a shard is in one index at a time). */
const built = new WeakMap<DecodedShard, LoadedIndex>()

/**
 * Builds one index over validated shards, given newest first (once for the
 * same shards). The search page puts each step of shards it fetched into one
 * index (use-search-index.ts), so a query walks a handful of term trees, not
 * one per shard: with 329 shards loaded, a typo's fuzzy walk alone took
 * 50-180 ms.
 */
export function loadShards(shards: readonly DecodedShard[]): LoadedIndex {
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
  const { terms, ...expanded } = expandIndexes(shards.map((shard) => shard.x))
  const result: LoadedIndex = {
    ...expanded,
    shards,
    docs,
    shardAt,
    starts,
    terms: SearchableMap.from<TermPostings>(terms),
    kindBoost: Float64Array.from(docs, (doc) => KIND_BOOST[doc.k]),
    // Worked out here, when the shards load, not at the first phrase searched.
    textFacts: shards.map(shardTextFacts),
  }
  // The shards' earlier indexes (each searched alone while its step was
  // arriving) are dropped: memory holds each shard's index once.
  for (const shard of shards) built.delete(shard)
  if (first) built.set(first, result)
  return result
}

/**
 * How many of a step's shards are searched one by one while the step
 * arrives: its newest, so hits show within the first shards' round trip.
 * The rest wait for the step's one index. Each shard searched alone is an
 * index built twice (alone, then in the step's): on a deep step of 100 or
 * more shards that was a second of the page's thread at 4x CPU (10,000
 * digests, step 8: 4.5-5.1 -> 3.3-3.7 s; docs/performance.md, 2026-12-07).
 */
export const PROGRESSIVE_SHARDS = 8

/**
 * The indexes of the shards fetched so far (newest first), given where each
 * step ends: one index per step whose shards have all arrived; while a step
 * arrives, its newest PROGRESSIVE_SHARDS that are in are searched one by one,
 * so their hits show as they come. `arriving` says, for each shard without
 * data, whether it is still on its way (so when not given); a step whose
 * missing shards have all failed is searched whole from those that came, not
 * left at its newest few until "Try again" brings the rest.
 */
export function indexesByStep(
  data: readonly (DecodedShard | undefined)[],
  depths: readonly number[],
  arriving: readonly boolean[] = [],
): LoadedIndex[] {
  const indexes: LoadedIndex[] = []
  let from = 0
  for (const to of depths) {
    const step = data.slice(from, to)
    const arrived = step.filter((shard) => shard !== undefined)
    if (arrived.length > 0 && !stepWaiting(data, arriving, from, to))
      indexes.push(loadShards(arrived))
    else {
      for (const shard of step.slice(0, PROGRESSIVE_SHARDS)) {
        if (shard) indexes.push(loadShards([shard]))
      }
    }
    from = Math.max(from, to)
  }
  return indexes
}

/** True while a shard of the step `from`..`to` has neither arrived nor failed. */
function stepWaiting(
  data: readonly (DecodedShard | undefined)[],
  arriving: readonly boolean[],
  from: number,
  to: number,
): boolean {
  for (let at = from; at < to; at++) {
    if (data[at] === undefined && arriving[at] !== false) return true
  }
  return false
}

/**
 * `data` as indexesByStep reads it: a step still arriving cut to its newest
 * PROGRESSIVE_SHARDS, the rest left out (undefined) until the step is in or
 * its missing shards have failed. The same shards give the same indexes; the
 * point is what does not change. The search page's combine reports this
 * (use-search-index.ts), so a shard arriving past a step's newest few leaves
 * its result as it was and the page does not render for it: a deep step is a
 * hundred such arrivals, and each render had TanStack Query match every shard
 * query again.
 */
export function shardsToSearch(
  data: readonly (DecodedShard | undefined)[],
  depths: readonly number[],
  arriving: readonly boolean[] = [],
): (DecodedShard | undefined)[] {
  const shown = [...data]
  let from = 0
  for (const to of depths) {
    if (to - from > PROGRESSIVE_SHARDS && stepWaiting(data, arriving, from, to)) {
      shown.fill(undefined, from + PROGRESSIVE_SHARDS, to)
    }
    from = Math.max(from, to)
  }
  return shown
}

/** The podcast slug a document belongs to, or null (digests and posts belong to none). */
export function podcastOf(shard: DecodedShard, doc: SearchDoc): string | null {
  const episode = doc.k === 's' ? shard.d[doc.e] : doc
  return episode?.k === 'e' ? (shard.p[episode.p]?.s ?? null) : null
}

function termQuery(terms: readonly string[], combineWith: 'AND' | 'OR'): Query {
  return {
    queries: [...terms],
    combineWith,
    // Every word may be the start of a longer one (results update as you type)…
    prefix: (term) => term.length >= 2 && !isCapitalsTerm(term),
    // …and may hold a typo: one edit from four letters, two from nine. (A share
    // of the length, MiniSearch's default, lets "trillion" find "million".)
    // A stop word in capitals ("US", "WHO") is an acronym, matched as written:
    // the capitals terms near it are other stop words written for emphasis
    // ("WHAT" is one edit from "THAT", "IT" the start of "ITS").
    fuzzy: (term) =>
      isCapitalsTerm(term) ? false : term.length >= 9 ? 2 : term.length >= 4 ? 1 : false,
    // …of which two letters swapped is one ("tesal" for "tesla").
    transpose: true,
  }
}

/**
 * Phrase words are looked up exactly (the last one of an unfinished phrase as
 * a prefix), and not marked one by one: the phrase is marked where it stands.
 * `terms` are the phrase's words' terms, those the index can look up.
 */
function phraseQuery(terms: readonly string[], open: boolean): Query {
  // A phrase is checked in the text, where case does not count, and "US" in
  // a shouted heading ("US EXPORT CONTROLS") was indexed as a stop word: an
  // acronym is looked up only when the phrase has no other word.
  const ordinary = terms.filter((term) => !isCapitalsTerm(term))
  const words = ordinary.length > 0 ? ordinary : [...terms]
  const last = open ? words.pop() : undefined
  const queries: Query[] = []
  // An empty AND matches nothing, and would take the whole query with it:
  // `"china` (quote opened, one word) is only its prefix part.
  if (words.length > 0)
    queries.push({ queries: words, combineWith: 'AND', prefix: false, fuzzy: false })
  if (last !== undefined) queries.push({ queries: [last], prefix: true, fuzzy: false })
  return { queries, combineWith: 'AND', mark: false }
}

/**
 * A parsed query as the indexes are asked it: each word's term worked out
 * once (queryTerm), and the query objects of both combinations. The page
 * searches each index, and again at each shard's arrival.
 */
interface QueryPlan {
  /** The words outside quotes, with their terms (null: a word no index keeps). */
  words: readonly QueryWord[]
  /** True when the query has a word the index can look up (not only "the", "of"…). */
  searchable: boolean
  and: Query
  or: Query
}
const plans = new WeakMap<ParsedQuery, QueryPlan>()

function planOf(query: ParsedQuery): QueryPlan {
  let plan = plans.get(query)
  if (plan) return plan
  const words = query.terms.map((word) => ({ word, term: queryTerm(word) }))
  const terms = words.flatMap(({ term }) => term ?? [])
  const phrases = query.phrases
    .map((phrase) => ({ terms: phrase.words.flatMap((word) => queryTerm(word) ?? []), phrase }))
    .filter(({ terms }) => terms.length > 0)
  const build = (combineWith: 'AND' | 'OR'): Query => {
    const parts: Query[] = []
    if (terms.length > 0) parts.push(termQuery(terms, combineWith))
    for (const { terms, phrase } of phrases) parts.push(phraseQuery(terms, phrase.open))
    return { queries: parts, combineWith: 'AND' }
  }
  plan = {
    words,
    searchable: terms.length > 0 || phrases.length > 0,
    and: build('AND'),
    or: build('OR'),
  }
  plans.set(query, plan)
  return plan
}

/** True when the query has a word the index can look up (not only "the", "of"…). */
export function hasSearchableWords(query: ParsedQuery): boolean {
  return planOf(query).searchable
}

/** The last query's hits per index, by filter and combination (see searchIndexOnce). */
interface IndexSearches {
  query: ParsedQuery
  hits: Map<string, IndexHits>
}
const searched = new WeakMap<LoadedIndex, IndexSearches>()

/**
 * `searchIndex`, answered from what the same query (the same object: the
 * page keeps its parsed query while the address holds it) found in the same
 * index before. While a step of older shards arrives, the page searches all
 * it has at each shard's arrival, and a hundred shards arrive one by one in a
 * deep step: the earlier steps' indexes were scored again each time, most of
 * a deep step's work on the page's thread. Only the last query is kept per
 * index: each answer holds a score per document of the index.
 */
function searchIndexOnce(
  index: LoadedIndex,
  query: ParsedQuery,
  podcast: string | null,
  combineWith: 'AND' | 'OR',
): IndexHits {
  let kept = searched.get(index)
  if (kept?.query !== query) {
    kept = { query, hits: new Map() }
    searched.set(index, kept)
  }
  const key = `${combineWith} ${podcast ?? ''}`
  let hits = kept.hits.get(key)
  if (!hits) {
    hits = searchIndex(index, query, podcast, combineWith)
    kept.hits.set(key, hits)
  }
  return hits
}

function searchIndex(
  index: LoadedIndex,
  query: ParsedQuery,
  podcast: string | null,
  combineWith: 'AND' | 'OR',
): IndexHits {
  const { shards, docs, shardAt, starts } = index
  const shardOf = (id: number) => shards[shardAt[id] ?? 0]
  const scored = scoreQuery(
    index,
    combineWith === 'AND' ? planOf(query).and : planOf(query).or,
    {
      fieldBoost: FIELD_BOOST,
      documentBoost: index.kindBoost,
    },
    podcast
      ? (id) => {
          const doc = docs[id]
          const shard = shardOf(id)
          return doc !== undefined && shard !== undefined && podcastOf(shard, doc) === podcast
        }
      : undefined,
  )
  const matched =
    query.phrases.length > 0 ? keepPhraseMatches(index, scored.docs, query.phrases) : scored.docs
  // The longest ranking asked for: the best n are the first n of any longer
  // one (the order is total), and each arrival of a shard asks again.
  let ranked: SearchHit[] = []
  return {
    count: matched.length,
    spellings: scored.spellings,
    best: (n) => {
      if (n <= ranked.length || ranked.length === matched.length) return ranked.slice(0, n)
      const hits: SearchHit[] = []
      for (const at of bestDocs(matched, scored.score, n)) {
        const doc = docs[at]
        const shard = shardOf(at)
        if (!doc || !shard) continue
        hits.push(
          new Hit(
            shard,
            at - (starts[shardAt[at] ?? 0] ?? 0),
            doc,
            scored.score[at] ?? 0,
            at,
            scored.expansions,
          ),
        )
      }
      ranked = hits
      return hits.slice()
    },
  }
}

/**
 * A hit whose matched terms (for highlighting) are worked out when first read:
 * only the hits shown are, and a query over the whole archive may have tens
 * of thousands.
 */
class Hit implements SearchHit {
  readonly #at: number
  readonly #expansions: Expansions
  #terms: string[] | null = null

  constructor(
    readonly shard: DecodedShard,
    readonly id: number,
    readonly doc: SearchDoc,
    readonly score: number,
    at: number,
    expansions: Expansions,
  ) {
    this.#at = at
    this.#expansions = expansions
  }

  get terms(): string[] {
    this.#terms ??= termsOf(this.#expansions, this.#at)
    return this.#terms
  }
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
  const plan = planOf(query)
  if (!plan.searchable) return outcomeOf([], true, [])
  const run = (combineWith: 'AND' | 'OR') =>
    indexes.map((index) => searchIndexOnce(index, query, podcast, combineWith))
  const every = run('AND')
  if (query.terms.length < 2 || every.some((hits) => hits.count > 0))
    return outcomeOf(every, true, plan.words)
  return outcomeOf(run('OR'), false, plan.words)
}

/** The indexes' hits as one outcome; the best hits asked for so far are kept. */
function outcomeOf(
  perIndex: readonly IndexHits[],
  allWords: boolean,
  words: readonly QueryWord[],
): SearchOutcome {
  const count = perIndex.reduce((sum, hits) => sum + hits.count, 0)
  let ranked: readonly SearchHit[] = []
  let close: readonly CloseSpelling[] | null = null
  return {
    count,
    allWords,
    // Worked out when the page asks, once: a query is searched again at each arrival.
    closeSpellings: () => {
      close ??=
        count === 0
          ? []
          : closeSpellings(
              words,
              perIndex.map((hits) => hits.spellings),
            )
      return close
    },
    best: (n) => {
      const want = Math.max(0, Math.min(n, count))
      if (ranked.length < want) {
        // Each index's best `want` hold the merged best `want`.
        ranked = mergeHits(perIndex.map((hits) => hits.best(want))).slice(0, want)
      }
      return ranked.slice(0, want)
    },
  }
}

/**
 * Hits of several indexes (given newest first, each list best first) in one
 * list, best first; equal scores keep the earlier index, then each list's
 * order. Merged, not sorted again: a common word over the whole archive has
 * tens of thousands of hits, in a handful of lists.
 */
export function mergeHits(perIndex: ReadonlyArray<readonly SearchHit[]>): SearchHit[] {
  const lists = perIndex.filter((hits) => hits.length > 0)
  if (lists.length <= 1) return [...(lists[0] ?? [])]
  const next = lists.map(() => 0)
  const merged: SearchHit[] = []
  for (;;) {
    let best: SearchHit | undefined
    let bestAt = -1
    lists.forEach((hits, at) => {
      const hit = hits[next[at] ?? 0]
      if (hit && (!best || hit.score > best.score)) {
        best = hit
        bestAt = at
      }
    })
    if (!best) return merged
    merged.push(best)
    next[bestAt] = (next[bestAt] ?? 0) + 1
  }
}
