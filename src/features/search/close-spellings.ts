import type { TermPostings } from '../../schema/search-codec'
import { queryTerm } from '../../schema/search-text'

// A word is looked for as typed, as the start of a longer word, and within an
// edit or two of a typo (search-engine.ts). When only the last finds anything,
// every result is for another word: "date" found only "data", "fire" only
// "firm", and the page said "377 results for “date”" as if they had it. The
// page now says which words were found instead (search-status.tsx).

/** A word of the query found only by close spelling, and the words found in its place. */
export interface CloseSpelling {
  /** As the reader typed it. */
  word: string
  /** Index terms found instead, the most frequent first (at most MAX_SHOWN). */
  found: string[]
}

const MAX_SHOWN = 3

/**
 * The query's words (outside quotes) that matched no index term as typed or
 * as a prefix, with the terms that matched them by close spelling.
 * `expansions` are every searched index's terms the query expanded to.
 */
export function closeSpellings(
  words: readonly string[],
  expansions: ReadonlyArray<ReadonlyMap<string, TermPostings>>,
): CloseSpelling[] {
  const out: CloseSpelling[] = []
  for (const word of words) {
    const term = queryTerm(word)
    if (term === null) continue
    let direct = false
    const close = new Map<string, number>()
    for (const terms of expansions) {
      for (const [found, postings] of terms) {
        if (found === term || (term.length >= 2 && found.startsWith(term))) {
          direct = true
          break
        }
        if (withinTwoEdits(found, term)) {
          close.set(found, (close.get(found) ?? 0) + documentsIn(postings))
        }
      }
      if (direct) break
    }
    if (direct || close.size === 0) continue
    const found = [...close]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_SHOWN)
      .map(([name]) => name)
    out.push({ word, found })
  }
  return out
}

function documentsIn(postings: TermPostings): number {
  let n = 0
  for (const field of postings) n += field?.length ?? 0
  return n
}

/** Levenshtein distance at most 2 (the search's largest fuzziness), without the full table. */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      row.push(value)
      if (value < best) best = value
    }
    if (best > 2) return false
    previous = row
  }
  return (previous[b.length] ?? 3) <= 2
}
