// The benchmark's search queries (bench/search-bench.ts): taken from the
// archive's own titles, so they find something at every size, and
// deterministic for a given archive.

/**
 * 50 queries of the kinds readers type (a word, a prefix, two neighbouring
 * letters swapped, two words, a quoted phrase), from `titles` in the index's
 * order (newest first).
 */
export function queriesFrom(titles: Iterable<string>): string[] {
  /** Each word as the other kinds take it (punctuation dropped), and as it was written. */
  const words = new Map<string, string>()
  for (const title of titles) {
    for (const word of title.split(/\s+/)) {
      const clean = word.replace(/[^\p{L}\p{N}-]/gu, '')
      if (clean.length >= 6 && !words.has(clean)) words.set(clean, word.replace(EDGES, ''))
    }
  }
  const pool = [...words].slice(0, 400)
  const queries: string[] = []
  for (let i = 0; queries.length < 50 && pool.length > 0; i++) {
    const [word = '', written = ''] = pool[(i * 37) % pool.length] ?? []
    const [other = ''] = pool[(i * 53 + 11) % pool.length] ?? []
    const kinds = [
      word,
      word.slice(0, 4),
      swapLastLetters(written),
      `${word} ${other}`,
      `"${word} ${other}"`,
    ]
    queries.push(kinds[i % kinds.length] ?? word)
  }
  return queries
}

/** What stands around a word in a title: quotes, commas, a colon. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
const LETTER = /^\p{L}$/u
const POSSESSIVE = /['’]s$/

/**
 * The word with its last two neighbouring letters that differ swapped, the
 * commonest slip of fast typing: "Lessons" -> "Lessosn". The swap queries
 * measure the search's swapped-letter lookups (decision 0014), so it is a
 * swap of the word's letters only. Taken from the word with its
 * punctuation dropped, the last two characters of "OpenAI's" were "Is",
 * across the possessive: "OpenAsI" is no swap of "OpenAI", which the index
 * holds. A possessive stays as it is ("OpenIA's"), an apostrophe or a hyphen
 * is never one of the two ("Open-Source" -> "Open-Sourec", "GPT-5" ->
 * "GTP-5"), and two like letters are passed over, their swap being no typo
 * ("Coffee" -> "Cofefe").
 */
export function swapLastLetters(word: string): string {
  const possessive = POSSESSIVE.exec(word)?.[0] ?? ''
  const chars = [...word.slice(0, word.length - possessive.length)]
  for (let at = chars.length - 1; at > 0; at--) {
    const left = chars[at - 1] ?? ''
    const right = chars[at] ?? ''
    if (left !== right && LETTER.test(left) && LETTER.test(right)) {
      chars[at - 1] = right
      chars[at] = left
      return `${chars.join('')}${possessive}`
    }
  }
  return word
}
