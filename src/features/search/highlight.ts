import {
  capitalisedPairs,
  indexTerms,
  normalizeWord,
  type WordSpan,
  wordSpans,
} from '../../schema/search-text'
import type { Phrase } from './parse-query'
import { phraseWords, readsAs } from './phrase-match'

/** A piece of text, marked when it matched the query. Rendered as React nodes, never as HTML. */
export interface Segment {
  text: string
  mark: boolean
}

type Range = [start: number, end: number]

/** Where `phrase` occurs in `spans`, as indexes of its first word. */
function phraseStarts(spans: readonly WordSpan[], phrase: Phrase): number[] {
  const words = phraseWords(phrase)
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
  // Each word as the index read it: "US" is the acronym's term, but not in a
  // shouted heading ("WHAT IT MEANS FOR US"), where it was read as a stop word.
  const matched = spans.map((span) => indexTerms(span.read).some((term) => terms.has(term)))
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
