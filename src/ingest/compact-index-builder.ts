import type { CompactIndex } from '../schema/search'
import { forEachIndexToken, indexTerms, SEARCH_FIELDS } from '../schema/search-text'
import { PostingLists } from './posting-lists'

// Builds a shard's index straight into the published compact form
// (search-codec.ts) with the same tokenizer, term processing, field lengths
// and averages as MiniSearch's `add`, so the app's `MiniSearch.loadJS` reads
// it as if MiniSearch had built it. Building with MiniSearch and converting
// cost most of a large ingest: its radix tree and per-posting Maps are made
// for querying, and the ingest only ever writes the index out once.
// Everything that lives until `build` is in flat arrays (posting-lists.ts),
// not an object per word or per list: those made the garbage collector's work.

const FIELDS = SEARCH_FIELDS.length

/**
 * A field's text, or its lines: tokens never span a line break, so lines
 * index as their join with "\n" does, without building the joined string.
 */
export type FieldText = string | readonly string[]

export class CompactIndexBuilder {
  /** Term -> its number; a (term, field) list is slot `term * FIELDS + field`. */
  private readonly termIds = new Map<string, number>()
  private readonly postings = new PostingLists()
  /** Every document's field lengths, FIELDS per document. */
  private readonly lengths: number[] = []
  /** Empty until the first document, as MiniSearch's. */
  private readonly averages: number[] = []
  /** Tokens repeat across a shard: each distinct one is processed once, into a word number. */
  private readonly wordIds = new Map<string, number>()
  /** Per word: the (document, field) it was last counted in, for field lengths. */
  private readonly wordStamps: number[] = []
  /** Per word: where its terms start in `wordTerms` (word w's run ends where w + 1's starts). */
  private readonly wordTermStarts: number[] = [0]
  /** The term numbers of each word in turn (a camel-case word has several, a stop word none). */
  private readonly wordTerms: number[] = []
  private stamp = 0
  /** The (document, field) being added, for `visit`. */
  private id = 0
  private field = 0
  private length = 0

  /**
   * Adds the next document (its id is its position) with one text per field,
   * in SEARCH_FIELDS order; an absent field is the empty string, as MiniSearch
   * is given it, so every document has every field length.
   */
  add(texts: readonly FieldText[]): void {
    const id = this.lengths.length / FIELDS
    this.id = id
    for (let field = 0; field < FIELDS; field++) {
      // MiniSearch's field length is the number of distinct tokens: a token
      // counts when it was last seen in another (document, field).
      this.stamp++
      this.field = field
      this.length = 0
      const text = texts[field] ?? ''
      if (typeof text === 'string') forEachIndexToken(text, this.visit)
      else for (const line of text) forEachIndexToken(line, this.visit)
      const length = this.length
      this.lengths.push(length)
      // MiniSearch's running average, operation for operation, so the rounded values match.
      const average = this.averages[field] ?? 0
      this.averages[field] = (average * id + length) / (id + 1)
    }
  }

  /** Counts one token of the current (document, field): made once, not per text. */
  private readonly visit = (token: string): void => {
    let word = this.wordIds.get(token)
    if (word === undefined) word = this.addWord(token)
    if (this.wordStamps[word] !== this.stamp) {
      this.wordStamps[word] = this.stamp
      this.length++
    }
    const end = this.wordTermStarts[word + 1] ?? 0
    for (let at = this.wordTermStarts[word] ?? 0; at < end; at++) {
      this.postings.count((this.wordTerms[at] ?? 0) * FIELDS + this.field, this.id)
    }
  }

  build(): CompactIndex {
    const terms: CompactIndex['t'] = []
    // Sorted, so neighbouring terms share prefixes and the file compresses better.
    for (const term of [...this.termIds.keys()].sort()) {
      const entry: CompactIndex['t'][number] = [term]
      const slot = (this.termIds.get(term) ?? 0) * FIELDS
      for (let field = 0; field < FIELDS; field++) {
        if (!this.postings.has(slot + field)) continue
        const coded = [field]
        this.postings.encode(slot + field, coded)
        entry.push(coded)
      }
      terms.push(entry)
    }
    const lengths: number[][] = []
    for (let at = 0; at < this.lengths.length; at += FIELDS) {
      lengths.push(this.lengths.slice(at, at + FIELDS))
    }
    return {
      a: this.averages.map((value) => Math.round(value * 1000) / 1000),
      l: lengths,
      t: terms,
    }
  }

  /** A new token's word, with its terms (indexTerms is pure, so once per distinct token). */
  private addWord(token: string): number {
    const word = this.wordStamps.length
    this.wordIds.set(token, word)
    this.wordStamps.push(0)
    for (const term of indexTerms(token)) {
      let id = this.termIds.get(term)
      if (id === undefined) {
        id = this.termIds.size
        this.termIds.set(term, id)
      }
      this.wordTerms.push(id)
    }
    this.wordTermStarts.push(this.wordTerms.length)
    return word
  }
}
