import {
  capitalisedPairs,
  indexTerms,
  normalizeWord,
  type WordSpan,
  wordSpans,
} from '../../schema/search-text'
import { wordCharLength, wordEnd } from '../../schema/word-chars'
import type { Phrase } from './parse-query'

/** A piece of text, marked when it matched the query. Rendered as React nodes, never as HTML. */
export interface Segment {
  text: string
  mark: boolean
}

type Range = [start: number, end: number]

/** Where `phrase` occurs in `spans`, as indexes of its first word. */
function phraseStarts(spans: readonly WordSpan[], phrase: Phrase): number[] {
  const words = wordsOf(phrase)
  const starts: number[] = []
  const last = words.length - 1
  for (let at = 0; at + last < spans.length; at++) {
    let matches = true
    for (let i = 0; i <= last && matches; i++) {
      const word = normalizeWord(spans[at + i]?.text ?? '')
      matches = readsAs(word, words[i] ?? '', i === last && phrase.open)
    }
    if (matches) starts.push(at)
  }
  return starts
}

const MARKS = /\p{M}+/gu

/** Nothing outside ASCII (a control character is still ASCII). */
const ASCII = /^[^\u0080-\u{10FFFF}]*$/u

/** The text folded as normalizeWord folds a word (without its apostrophe rules). */
function foldText(text: string): string {
  // Most text is ASCII, which NFKD leaves as it is: the normalisation was a
  // third of a phrase search over the whole archive's candidates.
  if (ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase()
}

/** The phrase's words as normalizeWord folds them: once per phrase, not per text. */
const normalizedWords = new WeakMap<Phrase, readonly string[]>()

function wordsOf(phrase: Phrase): readonly string[] {
  let words = normalizedWords.get(phrase)
  if (!words) {
    words = phrase.words.map(normalizeWord)
    normalizedWords.set(phrase, words)
  }
  return words
}

/** True when the text holds the phrase's words in order, whole words, any punctuation between. */
export function containsPhrase(text: string, phrase: Phrase): boolean {
  const words = wordsOf(phrase)
  // Cheap test first: most candidate texts lack one of the words (the index
  // found them in the document, often in different texts). Folded the way
  // normalizeWord folds, marks removed too: NFKD puts the accent of "é" after
  // its "e", so "résumé" reads "re\u0301sume\u0301" and did not contain
  // "resume" (a phrase starting with it found nothing). Skipped for a word
  // with an apostrophe, which normalizeWord removes.
  const folded = foldText(text)
  for (const [at, word] of phrase.words.entries()) {
    if (!/['’]/.test(word) && !folded.includes(words[at] ?? '')) return false
  }
  // Then the words as phraseStarts reads them, found by char code: a phrase
  // of two common words over the whole archive checks tens of thousands of
  // texts holding both, and making every word's span object was most of it.
  for (let start = nextWord(text, 0); start >= 0; start = nextWord(text, wordEnd(text, start))) {
    if (phraseAt(text, start, words, phrase.open)) return true
  }
  return false
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
function readsAs(word: string, wanted: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(wanted) : word === wanted
}

/**
 * Ranges to mark: every word whose index terms include a matched term (so a
 * fuzzy or prefix match marks the word the index matched, "DeepSeek" for
 * "Deap Seek"), capitalised pairs matched joined, and every occurrence of a
 * phrase as one range.
 */
export function matchRanges(
  text: string,
  terms: ReadonlySet<string>,
  phrases: readonly Phrase[],
): Range[] {
  const spans = wordSpans(text)
  const ranges: Range[] = []
  const matched = spans.map((span) => indexTerms(span.text).some((term) => terms.has(term)))
  spans.forEach((span, at) => {
    if (matched[at]) ranges.push([span.start, span.end])
  })
  // "Deep Seek" matched as the joined term "deepseek": mark both words. Not
  // when a word matched alone ("deep" also prefix-matches "deepdive").
  for (const at of capitalisedPairs(text, spans)) {
    const left = spans[at]
    const right = spans[at + 1]
    if (!left || !right || matched[at] || matched[at + 1]) continue
    if (terms.has(normalizeWord(left.text + right.text))) ranges.push([left.start, right.end])
  }
  for (const phrase of phrases) {
    for (const at of phraseStarts(spans, phrase)) {
      const first = spans[at]
      const last = spans[at + phrase.words.length - 1]
      if (first && last) ranges.push([first.start, last.end])
    }
  }
  return mergeRanges(text, ranges)
}

/** What may sit between two marked parts of one word: "Multi-head", "R&D", "o/1". */
const JOINER = /^[-‐‑/&.'’]$/

/**
 * Overlapping ranges become one, and so do two parts of one word that both
 * matched ("Multi" and "head" of "Multi-head"): one mark, not two with an
 * unmarked hyphen between them.
 */
function mergeRanges(text: string, ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Range[] = []
  for (const range of sorted) {
    const previous = merged[merged.length - 1]
    const joined =
      previous !== undefined &&
      (range[0] <= previous[1] ||
        (range[0] === previous[1] + 1 && JOINER.test(text.charAt(previous[1]))))
    if (previous && joined) previous[1] = Math.max(previous[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** The whole text cut into marked and unmarked segments. */
export function highlight(text: string, ranges: readonly Range[]): Segment[] {
  return segmentsOf(text, ranges, 0, text.length)
}

function segmentsOf(text: string, ranges: readonly Range[], from: number, to: number): Segment[] {
  const segments: Segment[] = []
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    if (s > at) segments.push({ text: text.slice(at, s), mark: false })
    segments.push({ text: text.slice(s, e), mark: true })
    at = e
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false })
  return segments
}

/** Characters of context kept before the first match. */
const LEAD = 60

/**
 * About `length` characters around the first match, cut at word boundaries,
 * with "…" where text was left out.
 */
export function snippet(text: string, ranges: readonly Range[], length = 200): Segment[] {
  if (text.length <= length) return highlight(text, ranges)
  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - LEAD)
  // Never start mid-word: move to the next word's start (but not past the match).
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space !== -1 && space < first ? space + 1 : start
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > first) end = space
  }
  const segments = segmentsOf(text, ranges, start, end)
  if (start > 0) segments.unshift({ text: '…', mark: false })
  if (end < text.length) segments.push({ text: '…', mark: false })
  return segments
}
