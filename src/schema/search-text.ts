// How text becomes search terms. A search index can only be queried with the
// tokenizer and term processing it was built with, so these functions are
// part of the published format: the ingest builds the shards with them and
// the app queries with them (see docs/decisions/0014-search.md).

import { wordCharLength, wordEnd } from './word-chars'

/** A word: letters and digits, with inner apostrophes ("don’t", "Seek's"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const COMBINING_MARKS = /\p{M}+/gu
/** "DeepSeek" -> "Deep", "Seek": the parts of a word written in camel case. */
const CAMEL_PART = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu

/**
 * Words that carry no meaning alone. Leaving them out of the index makes each
 * shard noticeably smaller; a quoted phrase still matches them exactly,
 * because phrases are checked against the stored text.
 */
const STOP_WORDS = new Set(
  `a about after all also an and any are as at be been but by can could did do does for from had has
have he her his how i if in into is it its just me more most my no not of on or our out over she so
some than that the their them then there these they this those to too up us was we were what when
where which while who will with would you your`.split(/\s+/),
)

export interface WordSpan {
  /** The word as written. */
  text: string
  start: number
  end: number
}

/** Every word of `text` with its position, for highlighting and phrase checks. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(WORD)) {
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return spans
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Capitalised, not already camel case ("DeepSeek Freak" would add a junk "deepseekfreak"). */
const CAPITALISED = /^\p{Lu}(?:\p{Lu}*|[^\p{Lu}]*)$/u
const SPACE = 0x20
const HYPHEN = 0x2d

/** Only a space or a hyphen between them: "Deep Seek", "All-In", not "Seek. The". */
function joined(text: string, leftEnd: number, rightStart: number): boolean {
  if (rightStart - leftEnd !== 1) return false
  const between = text.charCodeAt(leftEnd)
  return between === SPACE || between === HYPHEN
}

/**
 * Two capitalised words in a row ("Deep Seek", "Open AI"), as indexes into
 * `spans`: the index also holds them joined, so "deepseek" finds "Deep Seek".
 */
export function capitalisedPairs(text: string, spans: readonly WordSpan[]): number[] {
  const pairs: number[] = []
  for (let at = 0; at + 1 < spans.length; at++) {
    const left = spans[at]
    const right = spans[at + 1]
    if (
      left &&
      right &&
      joined(text, left.end, right.start) &&
      CAPITALISED.test(left.text) &&
      CAPITALISED.test(right.text)
    ) {
      pairs.push(at)
    }
  }
  return pairs
}

/**
 * Indexing's tokenizer: every word, then each capitalised pair joined into
 * one (the words of `wordSpans` and the pairs of `capitalisedPairs`, in one
 * pass without span objects: it runs over every word of the archive).
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = []
  forEachIndexToken(text, (token) => tokens.push(token))
  return tokens
}

/**
 * `indexTokens` without the array: `visit` gets each token in the same order.
 * The search index counts tokens as they come, and the arrays of a shard's
 * every text were much of its build's garbage.
 */
export function forEachIndexToken(text: string, visit: (token: string) => void): void {
  let pairs: string[] | null = null
  let previous = ''
  let previousEnd = -1
  let previousCapitalised = false
  const n = text.length
  let i = 0
  while (i < n) {
    if (wordCharLength(text, i) === 0) {
      i++
      continue
    }
    const start = i
    i = wordEnd(text, start)
    const word = text.slice(start, i)
    const capitalised = isCapitalised(word)
    if (capitalised && previousCapitalised && joined(text, previousEnd, start)) {
      pairs ??= []
      pairs.push(`${previous}${word}`)
    }
    visit(word)
    previous = word
    previousEnd = i
    previousCapitalised = capitalised
  }
  if (pairs) for (const pair of pairs) visit(pair)
}

/** CAPITALISED, decided by code for ASCII words (most words), by the regex for the rest. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c >= 0x80) return CAPITALISED.test(word)
  if (!(c >= 0x41 && c <= 0x5a)) return false
  // A capital first: capitalised when every later character is a capital, or none is.
  let capitals = 0
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i)
    if (d >= 0x80) return CAPITALISED.test(word)
    if (d >= 0x41 && d <= 0x5a) capitals++
  }
  return capitals === 0 || capitals === word.length - 1
}

/** Most words are plain ASCII: they skip the Unicode folding (the ingest's hottest path). */
const PLAIN_LOWER = /^[a-z0-9]+$/
const PLAIN = /^[A-Za-z0-9]+$/
/** A capital after the first letter ("DeepSeek", "OpenAI"): only these are split. */
const INNER_CAPITAL = /.\p{Lu}/u

/** Lower case, accents and curly apostrophes folded, possessive "'s" dropped: "Seek’s" -> "seek". */
export function normalizeWord(word: string): string {
  if (PLAIN_LOWER.test(word)) return word
  if (PLAIN.test(word)) return word.toLowerCase()
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
}

function keep(term: string): boolean {
  return term.length > 0 && !STOP_WORDS.has(term) && (term.length > 1 || /\d/.test(term))
}

/**
 * Indexing: the normalised word, plus its camel-case parts, so "DeepSeek" is
 * found by "deep seek" and by a typo of either word ("Deap Seek").
 */
export function indexTerms(word: string): string[] {
  const whole = normalizeWord(word)
  const terms = keep(whole) ? [whole] : []
  if (!INNER_CAPITAL.test(word)) return terms
  const parts = word.match(CAMEL_PART) ?? []
  if (parts.length > 1) {
    for (const part of parts) {
      const term = normalizeWord(part)
      if (keep(term) && !terms.includes(term)) terms.push(term)
    }
  }
  return terms
}

/**
 * Querying: the normalised word only. Splitting the query's camel case too
 * would turn "DeepSeak" into three terms that must all match; as one term it
 * is a single typo away from "deepseek".
 */
export function queryTerm(word: string): string | null {
  const term = normalizeWord(word)
  return keep(term) ? term : null
}

/** The fields of the index: short names keep the shard files small. */
export const SEARCH_FIELDS = ['t', 'b', 'p'] as const
