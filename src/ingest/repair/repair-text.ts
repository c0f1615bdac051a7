// Repairs text that went through the damage of /work/shared/docs/text-repair.md
// (UTF-8 read as ISO-8859-7, C1 bytes shown as Windows-1252 glyphs, the five
// undefined bytes dropped), run by run: the same document holds intact text.
//
// 1. One regex scan finds runs of two or more damage glyphs, and single
//    characters a wrong earlier repair left (🀝).
// 2. Each run is mapped back to bytes and decoded (run-readings); runs with no
//    sensible reading are good text and stay.
// 3. When the bytes allow several readings, choose-reading picks one by the
//    signals listed there and says why; every change becomes a `Repair`.
// Pure and fast: a text without damage costs one regex scan.
import type { Repair } from '../../schema/report'
import { type ChoiceContext, chooseReading } from './choose-reading'
import { BYTES_BY_GLYPH, damagedGlyph } from './code-pages'
import { emojiKey } from './emojibase-index'
import { findIntactEmoji } from './intact-emoji'
import { analyzeRun, type Reading, type Senseless } from './run-readings'
import { encodeCodePoint } from './utf8'
import { EMOJI_BY_WRONG_TWIN } from './wrong-repair-twins'

export { findIntactEmoji } from './intact-emoji'

export interface RepairOptions {
  /** Named in every repair record. */
  file: string
  /** Emoji seen intact elsewhere in the document or archive: preferred when bytes were lost. */
  knownEmoji?: ReadonlySet<string>
}

export interface RepairResult {
  /** The repaired text. Line breaks are never added or removed, so line numbers stay valid. */
  text: string
  repairs: Repair[]
}

function charClass(chars: Iterable<string>): string {
  return [...chars].map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('')
}

/** Runs of 2+ damage glyphs, or one wrong twin. Built once from the tables. */
export const SCAN = new RegExp(
  `[${charClass(BYTES_BY_GLYPH.keys())}]{2,}|[${charClass(EMOJI_BY_WRONG_TWIN.keys())}]`,
  'gu',
)

/** SCAN's two classes by code: glyphs are BMP characters, twins astral code points. */
const GLYPH_UNIT = new Uint8Array(0x10000)
for (const glyph of BYTES_BY_GLYPH.keys()) GLYPH_UNIT[glyph.charCodeAt(0)] = 1
const TWIN_CODE_POINTS = new Set<number>()
for (const twin of EMOJI_BY_WRONG_TWIN.keys()) TWIN_CODE_POINTS.add(twin.codePointAt(0) ?? 0)

/**
 * Where SCAN's first match starts, or -1: two glyphs in a row or a twin, by
 * char code. Most documents have no damage, and this loop takes a quarter of
 * the unicode regex's time over the benchmark archive (10,500 documents:
 * 150 ms against 600 ms; 7,500 of them have no match and skip the regex).
 */
export function firstDamage(text: string): number {
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0xa0) continue
    if (GLYPH_UNIT[c] === 1) {
      if (GLYPH_UNIT[text.charCodeAt(i + 1)] === 1) return i
    } else if (c >= 0xd800 && c <= 0xdbff && TWIN_CODE_POINTS.has(text.codePointAt(i) ?? 0)) {
      return i
    }
  }
  return -1
}

const KEYCAP_BASE = /[#*0-9]/

/** Lines longer than this are body text, not headings: their words are no hint. */
const MAX_HEADING_LENGTH = 160
/** Words too common to hint at an emoji ("the" is no tag, but "new" and "all" are). */
const STOP_WORDS = new Set([
  ...['the', 'and', 'for', 'with', 'from', 'into', 'over', 'under', 'about', 'than', 'that'],
  ...['this', 'these', 'those', 'its', 'their', 'our', 'your', 'his', 'her', 'are', 'was'],
  ...['were', 'has', 'have', 'not', 'but', 'all', 'new', 'how', 'why', 'what', 'who', 'when'],
])

interface Found {
  start: number
  end: number
  readings: Reading[]
  lessQualified: Reading[]
  senseless: Senseless[]
  notes: string[]
}

/**
 * Repairs the damaged runs of `text`. Never throws on any input, never adds
 * or removes line breaks. Columns in the records count code points, 1-based.
 */
export function repairText(text: string, options: RepairOptions): RepairResult {
  const found = scan(text)
  if (found.length === 0) return { text, repairs: [] }

  let known: Set<string> | undefined
  const knownEmoji = (): ReadonlySet<string> => {
    if (!known) {
      known = new Set<string>()
      for (const emoji of options.knownEmoji ?? []) known.add(emojiKey(emoji))
      for (const emoji of findIntactEmoji(text)) known.add(emojiKey(emoji))
    }
    return known
  }

  const repairs: Repair[] = []
  let out = ''
  let copied = 0
  for (const { line, lineStart, lineEnd, items } of groupByLine(text, found)) {
    // The line as repaired so far, for quotes that close what a repair opened.
    let repairedBefore = ''
    let from = lineStart
    for (const item of items) {
      const lineBefore = repairedBefore + text.slice(from, item.start)
      const context: ChoiceContext = {
        emojiSlot: isToken(text, item.start, item.end, lineStart, lineEnd),
        knownEmoji,
        lineBefore,
        lineAfter: lineAfter(text, item, lineEnd, items),
        headingWords: headingWords(text, lineStart, lineEnd, items),
      }
      const choice = chooseReading(item.readings, context, item)
      repairedBefore = lineBefore + choice.result
      from = item.end
      out += text.slice(copied, item.start) + choice.result
      copied = item.end
      repairs.push({
        file: options.file,
        line,
        column: Array.from(text.slice(lineStart, item.start)).length + 1,
        damaged: text.slice(item.start, item.end),
        result: choice.result,
        alternatives: choice.alternatives,
        // Only when there are some: most repairs weigh nothing else.
        ...(choice.ruledOut.length > 0 ? { ruledOut: choice.ruledOut } : {}),
        reason: choice.reason,
      })
    }
  }
  out += text.slice(copied)
  return { text: out, repairs }
}

interface LineOfItems {
  /** 1-based. */
  line: number
  lineStart: number
  /** Before the line break (and a CR before it). */
  lineEnd: number
  items: Found[]
}

/** Items (in text order, never spanning a line break) grouped by line, with line numbers. */
function groupByLine(text: string, found: readonly Found[]): LineOfItems[] {
  const lines: LineOfItems[] = []
  let line = 1
  let lineStart = 0
  for (const item of found) {
    let at = text.indexOf('\n', lineStart)
    while (at !== -1 && at < item.start) {
      line++
      lineStart = at + 1
      at = text.indexOf('\n', lineStart)
    }
    const last = lines[lines.length - 1]
    if (last && last.line === line) {
      last.items.push(item)
      continue
    }
    let lineEnd = at === -1 ? text.length : at
    if (text[lineEnd - 1] === '\r') lineEnd--
    lines.push({ line, lineStart, lineEnd, items: [item] })
  }
  return lines
}

function scan(text: string): Found[] {
  const found: Found[] = []
  // No match can start before the first damage: the regex starts there.
  const first = firstDamage(text)
  if (first < 0) return found
  SCAN.lastIndex = first
  for (let match = SCAN.exec(text); match !== null; match = SCAN.exec(text)) {
    const start = match.index
    const run = match[0]
    const twins = EMOJI_BY_WRONG_TWIN.get(run)
    if (twins) {
      found.push(twinRepair(text, start, run, twins))
      continue
    }
    let analysis = analyzeRun(run)
    let from = start
    // A keycap's base is ASCII, so the run holds only its VS16 and U+20E3.
    if (!analysis && start > 0 && KEYCAP_BASE.test(text[start - 1] ?? '')) {
      from = start - 1
      analysis = analyzeRun(text.slice(from, start + run.length))
    }
    if (!analysis) continue
    found.push({
      start: from + analysis.start,
      end: from + analysis.end,
      readings: analysis.readings,
      lessQualified: analysis.lessQualified,
      senseless: analysis.senseless,
      notes: [],
    })
  }
  return found
}

/** A wrong twin (🀝) and the emoji it may stand for; a VS16 after it belongs to it. */
function twinRepair(text: string, start: number, twin: string, emoji: readonly string[]): Found {
  const end = start + twin.length + (text[start + twin.length] === '\uFE0F' ? 1 : 0)
  const twinBytes = encodeCodePoint(twin.codePointAt(0) ?? 0)
  const readings = emoji.map((e) => ({
    text: e,
    bytes: encodeCodePoint(e.codePointAt(0) ?? 0),
    restored: [],
    tier: 2 as const,
    emoji: [e],
    onlyEmoji: true,
  }))
  const first = readings[0]
  const swapped = first ? twinBytes.findIndex((b, i) => b !== first.bytes[i]) : -1
  const wrong = twinBytes[swapped]
  const right = first?.bytes[swapped]
  const glyph = wrong === undefined ? null : damagedGlyph(wrong)
  const how =
    readings.length === 1 && first && glyph && right !== undefined
      ? `an earlier repair read ${glyph} as ${hex(wrong ?? 0)}, as ${hex(right)} it is ${first.text}`
      : 'an earlier repair read a double-mapped glyph (€ ‘ ’) as the wrong byte'
  return {
    start,
    end,
    readings,
    lessQualified: [],
    senseless: [],
    notes: [`U+${(twin.codePointAt(0) ?? 0).toString(16).toUpperCase()} is no emoji: ${how}`],
  }
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase()}`
}

/** The run is a whole token: line edge or whitespace on both sides. */
function isToken(text: string, start: number, end: number, lineStart: number, lineEnd: number) {
  const before = start === lineStart || /\s/.test(text[start - 1] ?? '')
  const after = end === lineEnd || /\s/.test(text[end] ?? '')
  return before && after
}

/** Text after the run on its line; later runs contribute all their readings. */
function lineAfter(text: string, item: Found, lineEnd: number, sameLine: readonly Found[]): string {
  let after = ''
  let from = item.end
  for (const other of sameLine) {
    if (other.start < item.end) continue
    after += `${text.slice(from, other.start)} ${other.readings.map((r) => r.text).join(' ')} `
    from = other.end
  }
  return after + text.slice(from, lineEnd)
}

function headingWords(
  text: string,
  lineStart: number,
  lineEnd: number,
  sameLine: readonly Found[],
): string[] {
  if (lineEnd - lineStart > MAX_HEADING_LENGTH) return []
  let line = ''
  let from = lineStart
  for (const other of sameLine) {
    line += `${text.slice(from, other.start)} `
    from = other.end
  }
  line += text.slice(from, lineEnd)
  const words =
    line
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[a-z]+/g) ?? []
  return [...new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)))]
}
