import type { TermPostings } from '../../schema/search-codec'
import type { TermSpelling } from './score-query'

// A word is looked for as typed, as the start of a longer word, and within an
// edit or two of a typo (search-engine.ts). When only the last finds anything,
// every result is for another word: "date" found only "data", "fire" only
// "firm", and the page said "377 results for “date”" as if they had it. The
// page now says which words were found instead (search-status.tsx). The
// scorer records how each term was found (score-query.ts).

/** A word of the query found only by close spelling, and the words found in its place. */
export interface CloseSpelling {
  /** As the reader typed it. */
  word: string
  /** Index terms found instead, the most frequent first (at most MAX_SHOWN). */
  found: string[]
}

const MAX_SHOWN = 3

/** A word of the query as typed, and its term (queryTerm's; null for a word no index keeps). */
export interface QueryWord {
  word: string
  term: string | null
}

/**
 * The query's words (outside quotes) that no searched index found as typed
 * or as a prefix, with the terms found for them by close spelling.
 * `spellings` are each searched index's (ScoredDocs.spellings).
 */
export function closeSpellings(
  words: readonly QueryWord[],
  spellings: ReadonlyArray<ReadonlyMap<string, TermSpelling>>,
): CloseSpelling[] {
  const out: CloseSpelling[] = []
  for (const { word, term } of words) {
    if (term === null) continue
    const found = spellings.map((byTerm) => byTerm.get(term))
    if (found.some((spelling) => spelling?.direct)) continue
    // The indexes hold different documents: their counts add up.
    const near = new Map<string, number>()
    for (const spelling of found) {
      for (const [other, postings] of spelling?.near ?? []) {
        near.set(other, (near.get(other) ?? 0) + documentsWith(postings))
      }
    }
    if (near.size === 0) continue
    const shown = [...near]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_SHOWN)
      .map(([other]) => other)
    out.push({ word, found: shown })
  }
  return out
}

/**
 * Documents holding a term in any field, each once (a posting list is
 * `[doc, freq, …]`, documents ascending). Summed over the fields, a document
 * with the word in its title and its text counted twice, and a word in a few
 * documents' every field outranked one in more documents.
 */
export function documentsWith(postings: TermPostings): number {
  const lists = postings.filter((list): list is Int32Array => list !== undefined && list.length > 0)
  const [only] = lists
  if (lists.length <= 1) return (only?.length ?? 0) / 2
  const next = lists.map(() => 0)
  let count = 0
  for (;;) {
    let doc = Number.POSITIVE_INFINITY
    lists.forEach((list, at) => {
      const here = list[next[at] ?? 0]
      if (here !== undefined && here < doc) doc = here
    })
    if (doc === Number.POSITIVE_INFINITY) return count
    count++
    lists.forEach((list, at) => {
      if (list[next[at] ?? 0] === doc) next[at] = (next[at] ?? 0) + 2
    })
  }
}
