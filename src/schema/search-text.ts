// How text becomes search terms. A search index can only be queried with the
// tokenizer and term processing it was built with, so these functions are
// part of the published format: the ingest builds the shards with them and
// the app queries with them (see docs/decisions/0014-search.md).

import { wordCharLength, wordEnd } from './word-chars'

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

// A stop word written in capitals is, in running text, nearly always an
// acronym: "US export controls", "IT budgets", "the WHO". Lower-cased, these
// were "us", "it" and "who" and left out, so the words could not be searched
// at all. Such a word is now a term of its own, kept in capitals ("US"):
// every other term is lower case, so the acronym never meets the pronoun,
// nor a prefix or a typo of a lower-case word, and ordinary sentences' "it",
// "us" and "who" stay out of the index as before. Only in a run of
// SHOUTED_RUN or more words in capitals ("WHAT IT MEANS FOR US", a heading
// written in capitals) are they read as the stop words they are there: the
// tokenizer hands them on in lower case, and the query is read the same way.

// Newsletters write acronyms both ways: "US" and "U.S.", "UK" and "U.K.". Read
// as letters, "U.S." was the one-letter words "U" and "S", which no index
// keeps, so "US" did not find "U.S." and "U.S." found nothing at all. A
// dotted run of two or more single letters ("U.S.", "U.K.", "U.S.A", "A.I.")
// is now one word, read as its letters ("US"), and from there it is what the
// acronym written without dots is: a term, a stop word in capitals, a word of
// a shouted run or of a capitalised pair. Its span keeps the dots (and a
// final one), so a mark covers "U.S." as written. The letters are all
// capitals or all lower case: a reader types "u.s." for "U.S.", and read as
// the letters "u" and "s" it was nothing at all (the page said "only very
// common words"); read as one word, "us", it is what "us" is (alone, the
// query searches "US"). "e.g." is so the word "eg", "a.m." "am". "U.s." or
// "Ph.D." are no such run. ASCII letters only, so the check costs a char
// code or two at a one-letter word followed by a dot.
const DOT = 0x2e
const DOTS = /\./g

/** The word as the index reads it: a dotted acronym's letters alone ("US" for "U.S."). */
function lettersOf(word: string): string {
  // No other word has a dot, and an acronym's second character is one.
  return word.length > 2 && word.charCodeAt(1) === DOT ? word.replace(DOTS, '') : word
}

const NOT_A_LETTER = 0
const CAPITAL = 1
const LOWER = 2

/** Whether `c` is an ASCII capital, an ASCII lower-case letter, or neither. */
function asciiLetterCase(c: number): number {
  if (c >= UPPER_A && c <= UPPER_Z) return CAPITAL
  if (c >= LOWER_A && c <= LOWER_Z) return LOWER
  return NOT_A_LETTER
}

/**
 * Where the search's word starting at `start` (a word character) ends: a
 * dotted acronym with its dots, else wordEnd's word (letters and digits with
 * inner apostrophes: "don’t", "Seek's"). The one place that says what a word
 * is: the index, the query, highlighting and phrases all read words with it.
 */
export function tokenEnd(text: string, start: number): number {
  const end = wordEnd(text, start)
  // Only a one-letter word followed by a dot can start one: most words stop here.
  if (end !== start + 1 || text.charCodeAt(end) !== DOT) return end
  const letterCase = asciiLetterCase(text.charCodeAt(start))
  if (letterCase === NOT_A_LETTER) return end
  let last = start + 1
  while (
    text.charCodeAt(last) === DOT &&
    asciiLetterCase(text.charCodeAt(last + 1)) === letterCase &&
    wordEnd(text, last + 1) === last + 2
  ) {
    last += 2
  }
  if (last === end) return end
  return text.charCodeAt(last) === DOT ? last + 1 : last
}

/** The word at [start, end) of `text` (tokenEnd's) as the index reads it: "US" for "U.S.". */
export function tokenAt(text: string, start: number, end: number): string {
  return lettersOf(text.slice(start, end))
}

/** Letters in capitals, a possessive "’s" allowed ("WHO’s"): the acronym is its letters. */
const CAPITALS_WORD = /^([A-Z]{2,})(?:['’]s)?$/
/**
 * Words in capitals in a row from which they are shouted text: "WHAT IT
 * MEANS", "WHY IT MATTERS". Two are read as acronyms side by side ("US AI").
 */
const SHOUTED_RUN = 3
const LOWER_A = 0x61
const LOWER_Z = 0x7a
const UPPER_A = 0x41
const UPPER_Z = 0x5a
const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const HAS_LOWER = /\p{Ll}/u
const HAS_UPPER = /\p{Lu}/u

/** A stop word written in capitals, as its term ("US", "WHO" for "WHO’s"), or null. */
function capitalsTerm(word: string): string | null {
  // Most words fail on their first two characters.
  const second = word.charCodeAt(1)
  if (!(second >= UPPER_A && second <= UPPER_Z)) return null
  const letters = CAPITALS_WORD.exec(word)?.[1]
  return letters !== undefined && STOP_WORDS.has(letters.toLowerCase()) ? letters : null
}

const CAPITALS_TERM = /^[A-Z]+$/

/** A term made by capitalsTerm: no other term has a capital. */
export function isCapitalsTerm(term: string): boolean {
  return CAPITALS_TERM.test(term)
}

/** Written in capitals: a capital letter and no lower-case one ("WHAT", "AI", "I"; not "WHO’s", not "2025"). */
function inCapitals(word: string): boolean {
  let capital = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= LOWER_A && c <= LOWER_Z) return false
    if (c >= UPPER_A && c <= UPPER_Z) capital = true
    else if (c >= 0x80) return HAS_UPPER.test(word) && !HAS_LOWER.test(word)
  }
  return capital
}

export interface WordSpan {
  /** The word as written, but a dotted acronym as its letters ("US" for "U.S."; start and end cover the dots). */
  text: string
  /** The word as the index reads it: as written, or, a stop word in a shouted run, in lower case. */
  read: string
  start: number
  end: number
}

/**
 * Calls `visit` for every word of `text`, in order: the word as the index
 * reads its letters ("US" for "U.S."), as it is read (WordSpan.read), and
 * where it stands. The one walk over words that the index (forEachIndexToken)
 * and the query and highlighter (wordSpans) share, so the two cannot read a
 * text differently: each rule (what a word is, the shouted run) lives here.
 */
function forEachWord(
  text: string,
  visit: (word: string, read: string, start: number, end: number) => void,
): void {
  /**
   * Words in capitals in a row just before this one, on its line: a line
   * break ends a run, so a field given as lines reads as their join with "\n".
   */
  let capitalsBefore = 0
  const n = text.length
  let i = 0
  while (i < n) {
    if (wordCharLength(text, i) === 0) {
      const c = text.charCodeAt(i)
      if (c === LINE_FEED || c === CARRIAGE_RETURN) capitalsBefore = 0
      i++
      continue
    }
    const start = i
    i = tokenEnd(text, start)
    const word = tokenAt(text, start, i)
    // A word with a lower-case first letter is not in capitals: most words stop here.
    const first = word.charCodeAt(0)
    const capitals = first >= LOWER_A && first <= LOWER_Z ? false : inCapitals(word)
    // A stop word in capitals inside a shouted run is read in lower case, so
    // indexTerms and queryTerm leave it out. The run's length is looked ahead
    // for only at a stop word in capitals: rare.
    const shouted =
      capitals &&
      capitalsTerm(word) !== null &&
      capitalsBefore + 1 + capitalsAfter(text, i, SHOUTED_RUN - 1 - capitalsBefore) >= SHOUTED_RUN
    visit(word, shouted ? word.toLowerCase() : word, start, i)
    capitalsBefore = capitals ? capitalsBefore + 1 : 0
  }
}

/** How many of the (at most `wanted`) words from `from` on are in capitals, in a row, on this line. */
function capitalsAfter(text: string, from: number, wanted: number): number {
  let count = 0
  let i = from
  while (count < wanted && i < text.length) {
    if (wordCharLength(text, i) === 0) {
      const c = text.charCodeAt(i)
      if (c === LINE_FEED || c === CARRIAGE_RETURN) break
      i++
      continue
    }
    const start = i
    i = tokenEnd(text, start)
    if (!inCapitals(tokenAt(text, start, i))) break
    count++
  }
  return count
}

/** Every word of `text` with its position, for queries, highlighting and phrase checks. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  forEachWord(text, (word, read, start, end) => spans.push({ text: word, read, start, end }))
  return spans
}

/** The words of `text` as the index reads them (WordSpan.read): queries are read with it. */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  forEachWord(text, (_word, read) => tokens.push(read))
  return tokens
}

const SPACE = 0x20
const HYPHEN = 0x2d

/**
 * Only a space or a hyphen between them: "Deep Seek", "All-In", not "Seek. The".
 * A dotted acronym's final dot may end a sentence ("in the U.S. The"), so
 * after it only a hyphen joins ("U.S.-China" as "US-China").
 */
function joined(text: string, leftEnd: number, rightStart: number): boolean {
  if (rightStart - leftEnd !== 1) return false
  const between = text.charCodeAt(leftEnd)
  if (between === SPACE) return text.charCodeAt(leftEnd - 1) !== DOT
  return between === HYPHEN
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
      isCapitalised(left.text) &&
      isCapitalised(right.text)
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
  // Typed so: TypeScript does not see the callback assign it.
  let pairs = null as string[] | null
  let previous = ''
  let previousEnd = -1
  let previousCapitalised = false
  forEachWord(text, (word, read, start, end) => {
    const capitalised = isCapitalised(word)
    if (capitalised && previousCapitalised && joined(text, previousEnd, start)) {
      pairs ??= []
      pairs.push(`${previous}${word}`)
    }
    visit(read)
    previous = word
    previousEnd = end
    previousCapitalised = capitalised
  })
  if (pairs) for (const pair of pairs) visit(pair)
}

/** Capitalised, not already camel case ("DeepSeek Freak" would add a junk "deepseekfreak"). */
const CAPITALISED = /^\p{Lu}(?:\p{Lu}*|[^\p{Lu}]*)$/u

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
 * found by "deep seek" and by a typo of either word ("Deap Seek"). A stop
 * word in capitals is its capitals alone ("US"): the tokenizer has already
 * lower-cased the ones in shouted runs.
 */
export function indexTerms(word: string): string[] {
  const capitals = capitalsTerm(word)
  if (capitals !== null) return [capitals]
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
 * Querying: the normalised word only (or a stop word's capitals, as
 * indexTerms). Splitting the query's camel case too would turn "DeepSeak"
 * into three terms that must all match; as one term it is a single typo away
 * from "deepseek".
 */
export function queryTerm(word: string): string | null {
  const capitals = capitalsTerm(word)
  if (capitals !== null) return capitals
  const term = normalizeWord(word)
  return keep(term) ? term : null
}

/** The fields of the index: short names keep the shard files small. */
export const SEARCH_FIELDS = ['t', 'b', 'p'] as const
