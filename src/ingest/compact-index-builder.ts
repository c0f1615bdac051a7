import type { CompactIndex } from '../schema/search'
import { indexTerms, indexTokens, SEARCH_FIELDS } from '../schema/search-text'

// Builds a shard's index straight into the published compact form
// (search-codec.ts) with the same tokenizer, term processing, field lengths
// and averages as MiniSearch's `add`, so the app's `MiniSearch.loadJS` reads
// it as if MiniSearch had built it. Building with MiniSearch and converting
// cost most of a large ingest: its radix tree and per-posting Maps are made
// for querying, and the ingest only ever writes the index out once.

/** One term's postings per field: `[docId, freq, docId, freq, …]`, ids ascending. */
type Postings = (number[] | undefined)[]

interface Word {
  /** The (document, field) it was last counted in, for field lengths. */
  stamp: number
  /** The postings of each of its terms (a camel-case word has several). */
  postings: Postings[]
}

export class CompactIndexBuilder {
  private readonly postings = new Map<string, Postings>()
  private readonly lengths: number[][] = []
  /** Empty until the first document, as MiniSearch's. */
  private readonly averages: number[] = []
  /** Tokens repeat across a shard: each distinct one is processed once. */
  private readonly words = new Map<string, Word>()
  private stamp = 0

  /**
   * Adds the next document (its id is its position) with one text per field,
   * in SEARCH_FIELDS order; an absent field is the empty string, as MiniSearch
   * is given it, so every document has every field length.
   */
  add(texts: readonly string[]): void {
    const id = this.lengths.length
    const row: number[] = []
    for (let field = 0; field < SEARCH_FIELDS.length; field++) {
      // MiniSearch's field length is the number of distinct tokens: a token
      // counts when it was last seen in another (document, field).
      const stamp = ++this.stamp
      let length = 0
      for (const token of indexTokens(texts[field] ?? '')) {
        const word = this.word(token)
        if (word.stamp !== stamp) {
          word.stamp = stamp
          length++
        }
        for (const postings of word.postings) count(postings, field, id)
      }
      row.push(length)
      // MiniSearch's running average, operation for operation, so the rounded values match.
      const average = this.averages[field] ?? 0
      this.averages[field] = (average * id + length) / (id + 1)
    }
    this.lengths.push(row)
  }

  build(): CompactIndex {
    const terms: CompactIndex['t'] = []
    // Sorted, so neighbouring terms share prefixes and the file compresses better.
    for (const term of [...this.postings.keys()].sort()) {
      const entry: CompactIndex['t'][number] = [term]
      const fields = this.postings.get(term) ?? []
      for (let field = 0; field < fields.length; field++) {
        const list = fields[field]
        if (!list) continue
        const coded = [field]
        let previous = 0
        for (let at = 0; at < list.length; at += 2) {
          const id = list[at] ?? 0
          coded.push(id - previous, list[at + 1] ?? 0)
          previous = id
        }
        entry.push(coded)
      }
      terms.push(entry)
    }
    return {
      a: this.averages.map((value) => Math.round(value * 1000) / 1000),
      l: this.lengths,
      t: terms,
    }
  }

  /** A token's terms' postings, looked up once per distinct token (indexTerms is pure). */
  private word(token: string): Word {
    let word = this.words.get(token)
    if (!word) {
      word = { stamp: 0, postings: indexTerms(token).map((term) => this.postingsOf(term)) }
      this.words.set(token, word)
    }
    return word
  }

  private postingsOf(term: string): Postings {
    let postings = this.postings.get(term)
    if (!postings) {
      postings = []
      this.postings.set(term, postings)
    }
    return postings
  }
}

function count(postings: Postings, field: number, id: number): void {
  const list = postings[field]
  if (!list) {
    postings[field] = [id, 1]
  } else if (list[list.length - 2] === id) {
    list[list.length - 1] = (list[list.length - 1] ?? 0) + 1
  } else {
    list.push(id, 1)
  }
}
