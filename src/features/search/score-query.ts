import type SearchableMap from 'minisearch/SearchableMap'
import type { ExpandedIndex, TermPostings } from '../../schema/search-codec'

// Query evaluation over an index the app loaded (search-engine.ts), with
// MiniSearch's semantics (the version pinned in package.json): the same query
// objects, term expansion by prefix and edit distance (and, ours, a swap of
// two neighbouring letters as one edit where asked), BM25+ with MiniSearch's
// parameters and weights, AND/OR combination, and the score multiplied by how
// many of the query's terms a document matched. What differs is the
// bookkeeping: scores are summed in typed arrays indexed by document, and the
// terms that matched a document are worked out only for the hits shown.
// MiniSearch builds an object (score, terms, match) per matching document and
// term, and with the whole archive loaded a common word matches tens of
// thousands of documents (decision 0014). `score-query.property.test.ts`
// holds the results to MiniSearch's own.

/** What a query is evaluated against: one loaded index, its term tree over the expanded postings. */
export interface ScoringIndex extends Omit<ExpandedIndex, 'terms'> {
  terms: SearchableMap<TermPostings>
}

/**
 * A query as MiniSearch takes it, but of terms: each string is one term as
 * the index holds it (queryTerm's), not text to tokenize. The search page
 * reads the query once (parseQuery, then queryTerm for each word); tokenizing
 * each word again here, on every index at every keystroke, found the word
 * it was given.
 */
export type Query = QueryOptions & { queries: ReadonlyArray<string | Query> }

interface QueryOptions {
  combineWith?: 'AND' | 'OR'
  prefix?: boolean | ((term: string) => boolean)
  fuzzy?: number | false | ((term: string) => number | false)
  /**
   * Ours, not MiniSearch's: false keeps this part's terms out of
   * `expansions`, so no word is marked for them. A quoted phrase is marked
   * where it stands (highlight.ts), not wherever one of its words, or a word
   * its half-typed last word begins, appears.
   */
  mark?: boolean
  /**
   * Ours, not MiniSearch's: where `fuzzy` allows a typo, the index terms one
   * swap of two neighbouring letters away count as one edit ("tesal" finds
   * "tesla"). See `transpositions`.
   */
  transpose?: boolean
}

export interface ScoreOptions {
  /** Boost per field id (1 when missing). */
  fieldBoost: readonly number[]
  /** Each document's boost, by id; 0 leaves it out. */
  documentBoost: ArrayLike<number>
}

/** MiniSearch's defaults (`defaultSearchOptions`, `defaultBM25params`). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const MAX_FUZZY = 6

/** Matched documents: their scores and, as bits, which distinct query terms each matched. */
interface Matches {
  docs: number[]
  score: Float64Array
  /** 0 for a document not matched. */
  termBits: Uint32Array
}

/** Every index term a query was expanded to (but for parts not marked), with its postings: `termsOf` picks a document's. */
export type Expansions = ReadonlyMap<string, TermPostings>

/**
 * How a (marked) query term was found: as itself or as the start of longer
 * index terms (`direct`), and which index terms matched it only by edit
 * distance, with their postings. Their documents are counted only for a word
 * the page says was found by close spelling (close-spellings.ts): most words
 * are found as typed, and each keystroke scores every index again.
 */
export interface TermSpelling {
  direct: boolean
  near: Map<string, TermPostings>
}

export interface ScoredDocs {
  /** Matched document ids, in no particular order: `bestDocs` ranks them. */
  docs: Int32Array
  /** Score per document id (meaningful for the ids in `docs`). */
  score: Float64Array
  expansions: Expansions
  /** By processed query term, for the marked parts. */
  spellings: ReadonlyMap<string, TermSpelling>
}

/** Evaluates `query`; `keep` may drop documents (a filter) before they are ranked. */
export function scoreQuery(
  index: ScoringIndex,
  query: Query,
  options: ScoreOptions,
  keep?: (doc: number) => boolean,
): ScoredDocs {
  const sourceBits = new Map<string, number>()
  const expansions = new Map<string, TermPostings>()
  const spellings = new Map<string, TermSpelling>()
  const run = (q: string | Query, inherited: QueryOptions): Matches => {
    if (typeof q !== 'string') {
      const own: QueryOptions = { ...inherited, ...q }
      return combine(
        q.queries.map((sub) => run(sub, own)),
        own.combineWith ?? 'OR',
        index.documentCount,
      )
    }
    const term = q
    let bit = sourceBits.get(term)
    if (bit === undefined) {
      // Past 31 distinct terms the rest share the last bit (a pasted
      // paragraph, not a query): such a document's quality counts them once.
      bit = 1 << Math.min(sourceBits.size, 31)
      sourceBits.set(term, bit)
    }
    return termMatches(index, options, term, bit, inherited, expansions, spellings)
  }
  const matches = run(query, {})
  const docs: number[] = []
  for (const doc of matches.docs) {
    if (keep && !keep(doc)) continue
    // MiniSearch's "quality": a document matching more of the query's terms ranks higher.
    matches.score[doc] =
      (matches.score[doc] ?? 0) * Math.max(bitCount(matches.termBits[doc] ?? 0), 1)
    docs.push(doc)
  }
  return { docs: Int32Array.from(docs), score: matches.score, expansions, spellings }
}

/**
 * The `n` best of `docs`, best first; equal scores in id order. Only these
 * are ranked: a common word over the whole archive matches 60,000 documents
 * or more, of which a page shows twenty, and sorting them all (with the hit
 * objects made for each) was most of such a query's time.
 */
export function bestDocs(docs: Int32Array, score: Float64Array, n: number): Int32Array {
  const before = (a: number, b: number) => (score[b] ?? 0) - (score[a] ?? 0) || a - b
  if (n >= docs.length) return Int32Array.from(docs).sort(before)
  if (n <= 0) return new Int32Array(0)
  // A heap of the n best so far, the worst of them at the root.
  const heap = docs.slice(0, n)
  for (let at = (n >> 1) - 1; at >= 0; at--) siftDown(heap, at, before)
  for (let at = n; at < docs.length; at++) {
    const doc = docs[at] ?? 0
    if (before(doc, heap[0] ?? 0) < 0) {
      heap[0] = doc
      siftDown(heap, 0, before)
    }
  }
  return heap.sort(before)
}

/** Restores the heap below `at`: every parent ranks after its children. */
function siftDown(heap: Int32Array, at: number, before: (a: number, b: number) => number): void {
  const n = heap.length
  let parent = at
  for (;;) {
    const left = parent * 2 + 1
    if (left >= n) return
    const right = left + 1
    let worse = left
    if (right < n && before(heap[right] ?? 0, heap[left] ?? 0) > 0) worse = right
    if (before(heap[worse] ?? 0, heap[parent] ?? 0) <= 0) return
    const swap = heap[parent] ?? 0
    heap[parent] = heap[worse] ?? 0
    heap[worse] = swap
    parent = worse
  }
}

/** The index terms of `expansions` that document `doc` holds (for highlighting). */
export function termsOf(expansions: Expansions, doc: number): string[] {
  const terms: string[] = []
  for (const [term, postings] of expansions) {
    if (postings.some((list) => list !== undefined && holds(list, doc))) terms.push(term)
  }
  return terms
}

/** Binary search in `[doc, freq, doc, freq, …]`, documents ascending. */
function holds(list: ArrayLike<number>, doc: number): boolean {
  let low = 0
  let high = list.length / 2 - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = list[middle * 2] ?? 0
    if (at === doc) return true
    if (at < doc) low = middle + 1
    else high = middle - 1
  }
  return false
}

function termMatches(
  index: ScoringIndex,
  options: ScoreOptions,
  term: string,
  bit: number,
  query: QueryOptions,
  expansions: Map<string, TermPostings>,
  spellings: Map<string, TermSpelling>,
): Matches {
  const matches = emptyMatches(index.documentCount)
  const marked = query.mark !== false
  let spelling: TermSpelling | undefined
  if (marked) {
    spelling = spellings.get(term) ?? { direct: false, near: new Map() }
    spellings.set(term, spelling)
  }
  const add = (indexTerm: string, postings: TermPostings | undefined, weight: number) => {
    if (!postings) return
    if (marked) expansions.set(indexTerm, postings)
    addPostings(index, options, postings, weight, bit, matches)
  }
  const exact = index.terms.get(term)
  if (spelling && exact) spelling.direct = true
  add(term, exact, 1)
  const prefix = typeof query.prefix === 'function' ? query.prefix(term) : query.prefix === true
  const fuzzy = typeof query.fuzzy === 'function' ? query.fuzzy(term) : (query.fuzzy ?? false)
  // A fraction is a share of the term's length (MiniSearch's rule); ours are whole edits.
  let distance = 0
  if (fuzzy) distance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy
  const near = distance ? index.terms.fuzzyGet(term, distance) : null
  const swapped =
    distance && query.transpose
      ? transpositions(index.terms, term, distance >= 2 ? near : null)
      : null
  if (prefix) {
    for (const [longer, postings] of index.terms.atPrefix(term)) {
      const extra = longer.length - term.length
      if (!extra) continue
      near?.delete(longer)
      if (spelling) spelling.direct = true
      add(longer, postings, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * extra))
    }
  }
  const addNear = (other: string, postings: TermPostings, edits: number) => {
    spelling?.near.set(other, postings)
    add(other, postings, (FUZZY_WEIGHT * other.length) / (other.length + edits))
  }
  if (near) {
    for (const [other, [postings, edits]] of near) {
      // A swap within two edits' reach is added below, once, as one edit.
      if (edits && !swapped?.has(other)) addNear(other, postings, edits)
    }
  }
  if (swapped) for (const [other, postings] of swapped) addNear(other, postings, 1)
  return matches
}

/**
 * The index terms one swap of two neighbouring letters away from `term`
 * ("tesal" -> "tesla", "nvidai" -> "nvidia"), each looked up exactly: a
 * word of n letters has n - 1 swaps, so this costs a handful of lookups
 * where a wider edit-distance walk would visit much of the term tree. In
 * Levenshtein distance, which `fuzzyGet` walks, a swap is two edits, so a
 * word under nine letters (one edit allowed) never found its swapped
 * spelling, and the commonest slip of a fast typist found nothing. `near`
 * is given where the walk allowed two edits (nine letters or more): it has
 * found every swap already, and they are picked from it, not looked up in
 * the tree again.
 */
function transpositions(
  terms: SearchableMap<TermPostings>,
  term: string,
  near: ReturnType<SearchableMap<TermPostings>['fuzzyGet']> | null,
): Map<string, TermPostings> | null {
  let found: Map<string, TermPostings> | null = null
  forEachSwap(term, (other) => {
    const postings = near ? near.get(other)?.[0] : terms.get(other)
    if (!postings) return
    found ??= new Map()
    found.set(other, postings)
  })
  return found
}

/** Code units that are half of a letter outside the BMP. */
const SURROGATE = /[\uD800-\uDFFF]/

/** Calls `visit` with `term` with each two neighbouring letters that differ swapped, first to last. */
function forEachSwap(term: string, visit: (other: string) => void): void {
  if (!SURROGATE.test(term)) {
    // Most terms: each swap is one string made from slices, no arrays.
    for (let at = 0; at + 1 < term.length; at++) {
      if (term.charCodeAt(at) === term.charCodeAt(at + 1)) continue
      visit(`${term.slice(0, at)}${term.charAt(at + 1)}${term.charAt(at)}${term.slice(at + 2)}`)
    }
    return
  }
  // By code point, so a letter outside the BMP is swapped whole.
  const letters = [...term]
  for (let at = 0; at + 1 < letters.length; at++) {
    const left = letters[at]
    const right = letters[at + 1]
    if (left === undefined || right === undefined || left === right) continue
    visit(`${letters.slice(0, at).join('')}${right}${left}${letters.slice(at + 2).join('')}`)
  }
}

function addPostings(
  index: ScoringIndex,
  options: ScoreOptions,
  postings: TermPostings,
  weight: number,
  bit: number,
  into: Matches,
): void {
  const total = index.documentCount
  postings.forEach((list, field) => {
    if (!list) return
    const fieldWeight = weight * (options.fieldBoost[field] ?? 1)
    const matching = list.length / 2
    const averageLength = index.averageFieldLength[field] ?? 0
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
    for (let at = 0; at + 1 < list.length; at += 2) {
      const doc = list[at] ?? 0
      const boost = options.documentBoost[doc] ?? 0
      if (!boost) continue
      const freq = list[at + 1] ?? 0
      const length = index.fieldLength[doc * index.fieldCount + field] ?? 0
      const bm25 =
        idf *
        (BM25.d +
          (freq * (BM25.k + 1)) /
            (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)))
      if (into.termBits[doc] === 0) into.docs.push(doc)
      into.termBits[doc] = (into.termBits[doc] ?? 0) | bit
      into.score[doc] = (into.score[doc] ?? 0) + fieldWeight * boost * bm25
    }
  })
}

function emptyMatches(documentCount: number): Matches {
  return {
    docs: [],
    score: new Float64Array(documentCount),
    termBits: new Uint32Array(documentCount),
  }
}

/** MiniSearch's combinators: AND keeps documents in every part, OR in any; scores add up. */
function combine(parts: Matches[], combineWith: 'AND' | 'OR', documentCount: number): Matches {
  const [first, ...rest] = parts
  if (!first) return emptyMatches(documentCount)
  let result = first
  for (const part of rest) {
    if (combineWith === 'OR') {
      for (const doc of part.docs) {
        if (result.termBits[doc] === 0) result.docs.push(doc)
        result.termBits[doc] = (result.termBits[doc] ?? 0) | (part.termBits[doc] ?? 0)
        result.score[doc] = (result.score[doc] ?? 0) + (part.score[doc] ?? 0)
      }
    } else {
      const both = emptyMatches(documentCount)
      for (const doc of part.docs) {
        if (result.termBits[doc] === 0) continue
        both.docs.push(doc)
        both.termBits[doc] = (result.termBits[doc] ?? 0) | (part.termBits[doc] ?? 0)
        both.score[doc] = (result.score[doc] ?? 0) + (part.score[doc] ?? 0)
      }
      result = both
    }
  }
  return result
}

function bitCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}
