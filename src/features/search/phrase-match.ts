import { normalizeWord, tokenAt, tokenEnd } from '../../schema/search-text'
import { wordCharLength } from '../../schema/word-chars'
import type { Phrase } from './parse-query'

// Whether a stored text holds a quoted phrase: the index only knows that a
// document has the words. The reference reading is the walk over the text's
// words (as wordSpans finds them, each normalised as the index normalises);
// the rest is there because a phrase over the whole archive is checked
// against tens of thousands of texts.

/**
 * How a text's words can be read, which decides how a phrase is looked for in it:
 * - `PLAIN`: ASCII and typographic quotes and dashes, no apostrophe. A word is
 *   a run of ASCII letters and digits and reads as its lower case.
 * - `APOSTROPHES`: the same with apostrophes (' or ’). A word may hold them
 *   ("don’t", "O’Reilly’s") and reads as its lower case without them and
 *   without a final possessive "’s".
 * - `OTHER`: anything else (accents, emoji), and text that may hold a
 *   dotted acronym ("U.S.", "u.s.", one word read "us"): each word is normalised.
 * The first two kinds are read by a regex, the last by a walk. Of the
 * 10,000-digest benchmark archive's texts, 92 % are plain, 7 % have
 * apostrophes and 1 % (headings with an emoji) are other.
 */
export const TextKind = { OTHER: 0, PLAIN: 1, APOSTROPHES: 2 } as const
export type TextKind = (typeof TextKind)[keyof typeof TextKind]

/** Tells whether a text holds one phrase. `kind` is textKind(text), for a caller that knows it. */
export type PhraseMatcher = (text: string, kind?: TextKind) => boolean

const PLAIN = /^[\0-\u0026\u0028-\u007f‘“”–—]*$/u
/**
 * ASCII and the typographic quotes and dashes: NFKD leaves all of it as it
 * is, and none of it is a mark.
 */
const UNFOLDED = /^[\0-\u007f‘’“”–—]*$/u
const MARKS = /\p{M}+/gu
/** Dropped for the cheap test: "don’t" reads "dont", "U.S." reads "us". */
const APOSTROPHE_OR_DOT = /['’.]/g

export function textKind(text: string): TextKind {
  if (PLAIN.test(text)) return mayHoldDottedAcronym(text) ? TextKind.OTHER : TextKind.PLAIN
  return UNFOLDED.test(text) && !mayHoldDottedAcronym(text) ? TextKind.APOSTROPHES : TextKind.OTHER
}

/**
 * Two capitals with a dot between, or a one-letter lower-case word and a
 * lower-case letter ("e.g.", "u.s."): perhaps a dotted acronym ("U.S.", one
 * word of the tokenizer, search-text.ts), which neither regex reads. Rare, and
 * a text sent to the walk without one only costs time. By indexOf, not a
 * regex: every text is asked when a shard loads. Over the texts of 1,000
 * generated digests (11.7 MB), telling their kinds took 22 ms;
 * /[A-Z]\.[A-Z]/ added 8 ms to that, this loop 3.
 */
function mayHoldDottedAcronym(text: string): boolean {
  for (let dot = text.indexOf('.', 1); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const before = text.charCodeAt(dot - 1)
    const after = text.charCodeAt(dot + 1)
    if (before >= 0x41 && before <= 0x5a && after >= 0x41 && after <= 0x5a) return true
    // Lower case is common around a dot ("example.com"): only where the
    // letter before it is a word of its own, by the tokenizer's own word
    // characters (schema/word-chars.ts).
    if (before >= 0x61 && before <= 0x7a && after >= 0x61 && after <= 0x7a) {
      if (dot === 1 || wordCharLength(text, dot - 2) === 0) return true
    }
  }
  return false
}

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
  // Each made when first needed: a regex is compiled on its first use, and a
  // query over the newest shard alone checks a few texts, not thousands.
  let inPlain: RegExp | null | undefined
  let withApostrophes: RegExp | null | undefined
  return (text, kind = textKind(text)) => {
    if (kind === TextKind.PLAIN) {
      inPlain ??= phrasePattern(words, open, plainWord)
      if (inPlain) return inPlain.test(text)
    } else if (kind === TextKind.APOSTROPHES) {
      withApostrophes ??= phrasePattern(words, open, apostropheWord)
      if (withApostrophes) return withApostrophes.test(text)
    }
    // Cheap test first: most candidate texts lack one of the words (the index
    // found them in the document, often in different texts). Folded the way
    // normalizeWord folds, marks removed too: NFKD puts the accent of "é"
    // after its "e", so "résumé" reads "re\u0301sume\u0301" and did not
    // contain "resume". Apostrophes go too ("don’t" reads "dont"), and dots
    // ("U.S." reads "us"): a phrase word has neither, so dropping them from
    // the text never hides one.
    const folded = foldText(text).replace(APOSTROPHE_OR_DOT, '')
    for (const word of words) if (!folded.includes(word)) return false
    // Then the words found by char code, not as span objects: making every
    // word's span was most of a phrase search before.
    for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, tokenEnd(text, start))) {
      if (phraseAt(text, start, words, open)) return true
    }
    return false
  }
}

/** A normalised word that plain text can read: ASCII letters and digits only. */
export function isPlainWord(word: string): boolean {
  return /^[a-z0-9]+$/.test(word)
}

/** How one phrase word is written in a regex: as the whole word, or (`prefix`) its start. */
type WordPattern = (word: string, prefix: boolean) => string

/**
 * The phrase as a regex over text of one kind: the first word where a word
 * starts, each next one after the non-word characters that end the one
 * before, the last one ending a word unless it is still being typed. Null
 * when a word is not all ASCII letters and digits (after normalizeWord): no
 * such text reads it, but the walk is left to say so.
 */
function phrasePattern(words: readonly string[], open: boolean, word: WordPattern): RegExp | null {
  if (words.length === 0 || !words.every(isPlainWord)) return null
  const last = words.length - 1
  const parts = words.map((w, at) => word(w, at === last && open))
  return new RegExp(`(?<![A-Za-z0-9])(?<![A-Za-z0-9]['’])${parts.join('[^A-Za-z0-9]+')}`, 'i')
}

/** In plain text a word is a run of letters and digits. */
function plainWord(word: string, prefix: boolean): string {
  return prefix ? word : `${word}(?![A-Za-z0-9])`
}

/**
 * In text with apostrophes a word may hold one between any two of its
 * letters ("don’t" reads "dont") and may end in a possessive "’s", which
 * does not count ("company’s" reads "company"). So a word that ends in "s"
 * may not have an apostrophe before that "s" where the word ends:
 * "company’s" does not read "companys", but "company’s’s" does. A word
 * still being typed may take that "s" only if more of the word follows.
 */
function apostropheWord(word: string, prefix: boolean): string {
  const letters = [...word]
  const any = letters.join("['’]?")
  const noPossessive =
    word.length > 1 && word.endsWith('s') ? `${letters.slice(0, -1).join("['’]?")}s` : any
  const goesOn = "(?=[A-Za-z0-9]|['’][A-Za-z0-9])"
  if (prefix) return `(?:${noPossessive}|${any}${goesOn})`
  return `(?:${any}['’]s|${noPossessive})(?![A-Za-z0-9])(?!['’][A-Za-z0-9])`
}

/** Do the words from `start` on read `words`, in a row? */
function phraseAt(text: string, start: number, words: readonly string[], open: boolean): boolean {
  const last = words.length - 1
  let at = start
  for (let i = 0; i <= last; i++) {
    if (at < 0) return false
    const end = tokenEnd(text, at)
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
  return readsAs(normalizeWord(tokenAt(text, start, end)), wanted, prefix)
}

/** A normalised word against a phrase's: while the closing quote is not typed, the last word may be half written. */
export function readsAs(word: string, wanted: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(wanted) : word === wanted
}
