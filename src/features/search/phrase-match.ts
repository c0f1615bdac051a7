import { normalizeWord } from '../../schema/search-text'
import { wordCharLength, wordEnd } from '../../schema/word-chars'
import type { Phrase } from './parse-query'

// Whether a stored text holds a quoted phrase: the index only knows that a
// document has the words. The reference reading is the walk over the text's
// words (as wordSpans finds them, each normalised as the index normalises);
// the rest is there because a phrase over the whole archive is checked
// against tens of thousands of texts.

/** Tells whether a text holds one phrase. `plain` is isPlainText(text), for a caller that knows it. */
export type PhraseMatcher = (text: string, plain?: boolean) => boolean

const PLAIN = /^[^'\u0080-\u{10FFFF}]*$/u

/** ASCII with no apostrophe: each of its words normalises to its own lower case. */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text)
}

/**
 * ASCII and the typographic quotes and dashes: NFKD leaves all of it as it
 * is, and none of it is a mark.
 */
const UNFOLDED = /^[\0-\u007f‘’“”–—]*$/u
const MARKS = /\p{M}+/gu

/** The text folded as normalizeWord folds a word (without its apostrophe rules). */
function foldText(text: string): string {
  // Most text needs no normalising: it was a third of a phrase search over
  // the whole archive's candidates, and then most of the rest was text whose
  // only other characters were a curly apostrophe or a dash.
  if (UNFOLDED.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase()
}

const matchers = new WeakMap<Phrase, PhraseMatcher>()
const normalizedWords = new WeakMap<Phrase, readonly string[]>()

/** The phrase's words as normalizeWord folds them: once per phrase, not per text. */
export function phraseWords(phrase: Phrase): readonly string[] {
  let words = normalizedWords.get(phrase)
  if (!words) {
    words = phrase.words.map(normalizeWord)
    normalizedWords.set(phrase, words)
  }
  return words
}

/** The phrase's matcher, made once per phrase: a caller checking many texts holds on to it. */
export function phraseMatcher(phrase: Phrase): PhraseMatcher {
  let matcher = matchers.get(phrase)
  if (!matcher) {
    matcher = makeMatcher(phrase)
    matchers.set(phrase, matcher)
  }
  return matcher
}

/** True when the text holds the phrase's words in order, whole words, any punctuation between. */
export function containsPhrase(text: string, phrase: Phrase): boolean {
  return phraseMatcher(phrase)(text)
}

function makeMatcher(phrase: Phrase): PhraseMatcher {
  const words = phraseWords(phrase)
  const { open } = phrase
  // Cheap test first: most candidate texts lack one of the words (the index
  // found them in the document, often in different texts). Skipped for a
  // word with an apostrophe, which normalizeWord removes.
  const required = words.filter((_, at) => !/['’]/.test(phrase.words[at] ?? ''))
  const inPlain = plainPattern(words, open)
  return (text, plain = isPlainText(text)) => {
    // Nine texts in ten of the archive are plain (no accent, curly quote or
    // apostrophe), and one pass of a regex answers for them.
    if (inPlain && plain) return inPlain.test(text)
    // Folded the way normalizeWord folds, marks removed too: NFKD puts the
    // accent of "é" after its "e", so "résumé" reads "re\u0301sume\u0301"
    // and did not contain "resume" (a phrase starting with it found nothing).
    const folded = foldText(text)
    for (const word of required) if (!folded.includes(word)) return false
    // Then the words found by char code, not as span objects: making every
    // word's span was most of a phrase search before.
    for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, wordEnd(text, start))) {
      if (phraseAt(text, start, words, open)) return true
    }
    return false
  }
}

/**
 * A plain text's words are its runs of ASCII letters and digits, and each
 * reads as its lower case, so the phrase there is a regex: the first word
 * where a word starts, each next one after the non-word characters that end
 * the one before, the last one ending a word unless it is still being typed.
 * Null when a word is not all ASCII letters and digits: no plain word reads
 * it, but the walk is left to say so.
 */
function plainPattern(words: readonly string[], open: boolean): RegExp | null {
  if (words.length === 0 || !words.every((word) => /^[a-z0-9]+$/.test(word))) return null
  const end = open ? '' : '(?![A-Za-z0-9])'
  return new RegExp(`(?<![A-Za-z0-9])${words.join('[^A-Za-z0-9]+')}${end}`, 'i')
}

/** Do the words from `start` on read `words`, in a row? */
function phraseAt(text: string, start: number, words: readonly string[], open: boolean): boolean {
  const last = words.length - 1
  let at = start
  for (let i = 0; i <= last; i++) {
    if (at < 0) return false
    const end = wordEnd(text, at)
    if (!isWord(text, at, end, words[i] ?? '', i === last && open)) return false
    at = nextWord(text, end)
  }
  return true
}

/** Where the next word (as wordSpans finds it) starts at or after `from`, or -1. */
function nextWord(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordCharLength(text, i) > 0) return i
  return -1
}

/** Does the word at [start, end) read `wanted` (or start with it, for a half-typed last word)? */
function isWord(
  text: string,
  start: number,
  end: number,
  wanted: string,
  prefix: boolean,
): boolean {
  // An ASCII first letter folds to its lower case alone (a word never starts
  // with a mark or an apostrophe), so most words are told apart without
  // being sliced and normalised.
  const first = text.charCodeAt(start)
  if (first < 0x80 && wanted.length > 0 && (first | 0x20) !== wanted.charCodeAt(0)) return false
  return readsAs(normalizeWord(text.slice(start, end)), wanted, prefix)
}

/** A normalised word against a phrase's: while the closing quote is not typed, the last word may be half written. */
export function readsAs(word: string, wanted: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(wanted) : word === wanted
}
