import { wordSpans } from '../../schema/search-text'

export interface Phrase {
  /** The words between the quotes, as typed. */
  words: string[]
  /** True while the closing quote is not typed yet: its last word may still grow. */
  open: boolean
}

export interface ParsedQuery {
  /** Words outside quotes, as typed (but a lone "us", "it" or "who" in capitals: ALONE_IN_CAPITALS). */
  terms: string[]
  phrases: Phrase[]
  /** Set when a word typed in lower case was read as an acronym: the page says so. */
  acronym?: AcronymReading
}

/** A lone "us" read as "US": the word as typed, and the acronym searched instead. */
export interface AcronymReading {
  /** As typed: "us", "Who", or with dots, "u.s.". */
  typed: string
  acronym: string
}

/**
 * Stop words that, typed alone, mean their capitals: a reader who searches
 * "us" with nothing else is after the US far more often than the pronoun
 * (which no search could find), and likewise "it" and "who". With other
 * words ("us chips", "who is") they are the stop words they look like; a
 * lone "the" or "and" is still only a common word. In capitals they are
 * acronyms wherever they stand (schema/search-text.ts).
 */
const ALONE_IN_CAPITALS = new Set(['us', 'it', 'who'])

/** Straight and typographic double quotes (a phone keyboard types “ and ”). */
export const QUOTES = /["“”„‟]/

/**
 * `deep seek "trillion-dollar decline"` -> terms `deep`, `seek` and the phrase
 * `trillion dollar decline`. Punctuation between words is not part of a
 * phrase (the index has no punctuation either), so "trillion-dollar" and
 * "trillion dollar" are the same phrase.
 */
export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = []
  const phrases: Phrase[] = []
  // The whole input is read at once, as the index reads a text, and each word
  // is then put outside or inside quotes by where it stands. Read quote part
  // by part, a shouted run cut by a quote ("U.S. G"PU DeepSeek", `WHAT "IT"
  // MEANS`) was no run, and its "US" or "IT" was searched as the acronym
  // where the index had read the stop word (parse-query.property.test.ts).
  const quotes = quotePositions(input)
  let part = 0
  let phrase: Phrase | null = null
  let firstTerm = ''
  for (const span of wordSpans(input)) {
    while (part < quotes.length && (quotes[part] ?? 0) < span.start) {
      part++
      phrase = null
    }
    // Odd parts sit between quotes; the last one is open if no quote closes it.
    if (part % 2 === 0) {
      if (terms.length === 0) firstTerm = input.slice(span.start, span.end)
      terms.push(span.read)
    } else {
      if (phrase === null) {
        phrase = { words: [], open: part === quotes.length }
        phrases.push(phrase)
      }
      phrase.words.push(span.read)
    }
  }
  const [alone, ...others] = terms
  if (alone !== undefined && others.length === 0 && phrases.length === 0) {
    const acronym = alone.toUpperCase()
    if (ALONE_IN_CAPITALS.has(alone.toLowerCase()) && acronym !== alone) {
      // The results are for the acronym, not for the word typed: unless the
      // page says so, "8 results for “us”" reads as if the pronoun was found.
      // "u.s." reads "us" (schema/search-text.ts), so it is searched as "US" too.
      return { terms: [acronym], phrases, acronym: { typed: firstTerm, acronym } }
    }
  }
  return { terms, phrases }
}

/** Where the quotes of `input` stand, in order. */
function quotePositions(input: string): number[] {
  const positions: number[] = []
  for (let at = 0; at < input.length; at++) if (QUOTES.test(input.charAt(at))) positions.push(at)
  return positions
}

/** Nothing typed yet, or only the quote that starts a phrase: nothing to answer. */
export function isBlankQuery(input: string): boolean {
  return input.replace(new RegExp(QUOTES, 'g'), '').trim() === ''
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0
}
