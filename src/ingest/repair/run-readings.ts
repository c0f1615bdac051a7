// From one suspicious run of damage glyphs to every reading its bytes allow.
import {
  isEmojiPart,
  isRestorableResult,
  isTextChar,
  isUnmistakableResult,
  looksLikeGreekText,
} from './char-classes'
import { BYTES_BY_GLYPH, LOST_BYTES } from './code-pages'
import {
  EMOJI_CLUSTER_SOURCE,
  hasEmojiPresentation,
  isKnownEmoji,
  isRgiEmoji,
} from './emoji-classes'
import { decodeSequence, isContinuation, sequenceLength } from './utf8'

/** One way to read a run: the bytes behind it, decoded. */
export interface Reading {
  text: string
  /** The full UTF-8 bytes, lost ones included. */
  bytes: readonly number[]
  /** The lost bytes that had to be put back, in order. */
  restored: readonly number[]
  /**
   * 2: every emoji in it is RGI (fully qualified);
   * 1: an emoji is known but not fully qualified (🏛 without VS16, or 🍛 with one it does not take).
   */
  tier: 1 | 2
  /** The emoji in the reading, as spelled. */
  emoji: readonly string[]
  /** The reading is nothing but RGI emoji (what a heading's emoji slot holds). */
  onlyEmoji: boolean
}

/**
 * What the run's bytes also decode to, as they stand (no lost byte put back),
 * when it makes no sense: ⤜ (E2 A4 9C) from `β€œ`, where “ (E2 80 9C) was
 * meant. Never a reading; kept so the report can say it was weighed.
 */
export interface Senseless {
  text: string
  bytes: readonly number[]
}

/** A run's readings, best tier only, and where in the run they apply. Shared: do not mutate. */
export interface RunAnalysis {
  /** UTF-16 offsets inside the run: edge punctuation that was good text may be left out. */
  start: number
  end: number
  readings: Reading[]
  /** Readings dropped because another reading was better qualified (for the report). */
  lessQualified: Reading[]
  /** Decodings dropped because they make no sense (for the report). */
  senseless: Senseless[]
}

/** More than two lost bytes in one character is guesswork, not repair. */
const MAX_RESTORED_PER_CHAR = 2
/** Bound on the readings of one run (the product over its characters). */
const MAX_READINGS = 512

/**
 * Intact punctuation that may touch a damaged run without being part of it
 * (`“` before a damaged word, `’` after a damaged emoji). Tried off the edges
 * only when the whole run has no reading.
 */
const EDGE_TEXT = new Set([...'’‘“”•–—…«»·€£°©', '\u00a0'])
const MAX_EDGE_TRIM = 2

interface CharOption {
  cp: number
  bytes: number[]
  restored: number[]
}

/**
 * Reads a run of damage glyphs. Returns `null` when no reading makes sense,
 * which is the normal answer for good text that happens to use these glyphs.
 */
export function analyzeRun(run: string): RunAnalysis | null {
  // The same damaged emoji recur across an archive's headings: read each once.
  const cached = analysisCache.get(run)
  if (cached !== undefined) return cached
  const analysis = analyzeUncached(run)
  if (analysisCache.size >= MAX_CACHED_RUNS) analysisCache.clear()
  analysisCache.set(run, analysis)
  return analysis
}

const MAX_CACHED_RUNS = 10_000
const analysisCache = new Map<string, RunAnalysis | null>()

function analyzeUncached(run: string): RunAnalysis | null {
  const chars = Array.from(run)
  const whole = analyzeChars(chars)
  if (whole) return { start: 0, end: run.length, ...whole }
  // Peel intact punctuation off the edges, fewest characters first.
  for (let total = 1; total <= 2 * MAX_EDGE_TRIM; total++) {
    for (let head = Math.min(total, MAX_EDGE_TRIM); head >= 0; head--) {
      const tail = total - head
      if (tail > MAX_EDGE_TRIM || head + tail > chars.length - 2) continue
      const dropped = [...chars.slice(0, head), ...chars.slice(chars.length - tail)]
      if (!dropped.every((c) => EDGE_TEXT.has(c))) continue
      const inner = chars.slice(head, chars.length - tail)
      const found = analyzeChars(inner)
      if (!found) continue
      const start = chars.slice(0, head).join('').length
      return { start, end: start + inner.join('').length, ...found }
    }
  }
  return null
}

function analyzeChars(
  chars: readonly string[],
): Pick<RunAnalysis, 'readings' | 'lessQualified' | 'senseless'> | null {
  if (chars.length < 2) return null
  const groups = characterGroups(chars)
  if (groups === null) return null
  const decoded = decodeChars(groups)
  if (decoded.length === 0) return null
  const greekLike = looksLikeGreekText(chars)
  const readings: Reading[] = []
  for (const { text, bytes, restored } of decoded) {
    if (greekLike && !Array.from(text).every((c) => isUnmistakableResult(c.codePointAt(0) ?? 0))) {
      continue
    }
    const shape = readingShape(text)
    if (shape) readings.push({ text, bytes, restored, ...shape })
  }
  if (readings.length === 0) return null
  const best = readings.some((r) => r.tier === 2) ? 2 : 1
  return {
    readings: readings.filter((r) => r.tier === best),
    lessQualified: readings.filter((r) => r.tier !== best),
    senseless: senselessDecodings(groups, readings),
  }
}

/**
 * More double-mapped glyphs than this in one run (2^4 decodings) and their
 * senseless decodings are not listed: a report line, not an enumeration.
 */
const MAX_SENSELESS_DECODINGS = 16

/**
 * Every decoding of the run with its bytes as they stand (each double-mapped
 * glyph, € ‘ ’, read as either of its bytes) that is well-formed UTF-8 but
 * makes no sense. decodeChars drops these character by character, so they
 * never became readings, and the report could not name what it had weighed.
 * The characters are decodeChars' own (the same groups), read without a lost
 * byte put back and without the sense filter.
 */
function senselessDecodings(
  groups: readonly CharGroup[],
  readings: readonly Reading[],
): Senseless[] {
  let decodings = 1
  for (const group of groups) for (const options of group.tail) decodings *= options.length
  // One decoding (no double-mapped glyph) is a reading itself or malformed.
  if (decodings <= 1 || decodings > MAX_SENSELESS_DECODINGS) return []
  let partial: Senseless[] = [{ text: '', bytes: [] }]
  for (const group of groups) {
    const slots = sequenceLength(group.lead) - 1
    const options = group.tail.length === slots ? wellFormed(group, []) : []
    partial = partial.flatMap((head) =>
      options.map((option) => ({
        text: head.text + String.fromCodePoint(option.cp),
        bytes: [...head.bytes, ...option.bytes],
      })),
    )
  }
  return partial.filter(({ text }) => !readings.some((r) => r.text === text) && !makesSense(text))
}

/** What decodeChars and readingShape would accept, for a whole decoding. */
function makesSense(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (cp >= 0x80 && !isTextChar(cp) && !isEmojiPart(cp)) return false
  }
  return readingShape(text) !== null
}

/** One UTF-8 character of a run: its lead byte and the bytes each continuation glyph after it may be. */
interface CharGroup {
  lead: number
  tail: (readonly number[])[]
}

/**
 * The run's glyphs as UTF-8 characters: the lead bytes fix where characters
 * start (double-mapped glyphs and lost bytes are all continuation bytes), so
 * each character is read on its own. `null` when a glyph is none of the
 * damage's, the run starts in the middle of a character or a byte cannot lead.
 */
function characterGroups(chars: readonly string[]): CharGroup[] | null {
  const groups: CharGroup[] = []
  for (const char of chars) {
    // ASCII stands for itself (a keycap's digit before its damaged VS16 and U+20E3).
    const ascii = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : undefined
    const options = ascii ?? BYTES_BY_GLYPH.get(char)
    const first = options?.[0]
    if (options === undefined || first === undefined) return null
    if (isContinuation(first)) {
      const group = groups[groups.length - 1]
      if (!group) return null // a run cannot start in the middle of a character
      group.tail.push(options)
    } else {
      if (sequenceLength(first) === 0) return null // 0xC0 0xC1 0xF5-0xFE never lead
      groups.push({ lead: first, tail: [] })
    }
  }
  return groups
}

/** Every well-formed decoding of the run's characters: the product of each one's readings. */
function decodeChars(
  groups: readonly CharGroup[],
): { text: string; bytes: number[]; restored: number[] }[] {
  // Left to right, dropping partial readings whose last two characters cannot
  // stand together (a ZWJ after a letter, a skin tone after no emoji); when
  // still too many, keep those that join emoji best (beam search).
  let partial: Partial[] = [{ text: '', bytes: [], restored: [], last: -1, joins: 0 }]
  for (const group of groups) {
    const options = charOptions(group)
    if (options.length === 0) return []
    let next: Partial[] = []
    for (const head of partial) {
      for (const option of options) {
        if (!canFollow(head.last, option.cp)) continue
        next.push({
          text: head.text + String.fromCodePoint(option.cp),
          bytes: [...head.bytes, ...option.bytes],
          restored: [...head.restored, ...option.restored],
          last: option.cp,
          joins: head.joins + (isJoiner(option.cp) ? 1 : 0),
        })
      }
    }
    if (next.length > MAX_READINGS) {
      next = next.sort((a, b) => b.joins - a.joins).slice(0, MAX_READINGS)
    }
    if (next.length === 0) return []
    partial = next
  }
  if (!canEnd(partial[0]?.last ?? -1)) partial = partial.filter((p) => canEnd(p.last))
  return partial
}

interface Partial {
  text: string
  bytes: number[]
  restored: number[]
  /** Last code point, -1 at the start. */
  last: number
  /** How many joiners (VS16, ZWJ, skin tones, keycap) it holds. */
  joins: number
}

const EXT_PICT = /\p{Extended_Pictographic}/u
const EMOJI_CHAR = /\p{Emoji}/u
const MODIFIER_BASE = /\p{Emoji_Modifier_Base}/u
const ZWJ = 0x200d
const VS16 = 0xfe0f
const KEYCAP = 0x20e3

function isModifier(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff
}

function isJoiner(cp: number): boolean {
  return cp === ZWJ || cp === VS16 || cp === KEYCAP || isModifier(cp)
}

function test(re: RegExp, cp: number): boolean {
  return cp >= 0 && re.test(String.fromCodePoint(cp))
}

/** Local rules of emoji sequences (UTS #51): what a joiner may follow and precede. */
function canFollow(prev: number, cp: number): boolean {
  if (prev === ZWJ && !test(EXT_PICT, cp)) return false
  if (cp === VS16) return test(EMOJI_CHAR, prev)
  if (isModifier(cp)) return test(MODIFIER_BASE, prev)
  if (cp === ZWJ)
    return test(EXT_PICT, prev) || prev === VS16 || isModifier(prev) || prev === 0xe007f
  if (cp === KEYCAP) return prev === VS16 || (prev >= 0 && prev < 0x80)
  return true
}

function canEnd(last: number): boolean {
  return last !== ZWJ
}

/** The characters one lead byte and its continuation glyphs can be, lost bytes put back where needed. */
function charOptions(group: CharGroup): CharOption[] {
  const { lead, tail } = group
  const slots = sequenceLength(lead) - 1
  if (slots === 0) return tail.length === 0 ? [{ cp: lead, bytes: [lead], restored: [] }] : []
  const missing = slots - tail.length
  if (missing < 0 || missing > MAX_RESTORED_PER_CHAR) return []
  const found = new Map<number, CharOption>()
  for (const lostAt of combinations(slots, missing)) {
    for (const option of wellFormed(group, lostAt)) {
      if (found.has(option.cp)) continue
      const plausible =
        missing > 0
          ? isRestorableResult(option.cp)
          : isTextChar(option.cp) || isEmojiPart(option.cp)
      if (plausible) found.set(option.cp, option)
    }
  }
  // Emoji components first: when a long run hits MAX_READINGS, the readings
  // that join a sequence (VS16, ZWJ, skin tone) are the ones kept.
  return [...found.values()].sort((a, b) => componentRank(a.cp) - componentRank(b.cp))
}

/**
 * The well-formed characters of `group` with a lost byte in each slot of
 * `lostAt` (0-based after the lead) and the glyphs' bytes, in order, in the others.
 */
function wellFormed(group: CharGroup, lostAt: readonly number[]): CharOption[] {
  const slots = sequenceLength(group.lead) - 1
  const choices: (readonly number[])[] = []
  let next = 0
  for (let slot = 0; slot < slots; slot++) {
    choices.push(lostAt.includes(slot) ? LOST_BYTES : (group.tail[next++] ?? []))
  }
  const out: CharOption[] = []
  for (const rest of product(choices)) {
    const bytes = [group.lead, ...rest]
    const cp = decodeSequence(bytes)
    if (cp !== null) out.push({ cp, bytes, restored: lostAt.map((slot) => rest[slot] ?? 0) })
  }
  return out
}

function componentRank(cp: number): number {
  return cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff) ? 0 : 1
}

function combinations(n: number, k: number): number[][] {
  if (k === 0) return [[]]
  const out: number[][] = []
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) {
      out.push(chosen)
      return
    }
    for (let i = from; i < n; i++) pick(i + 1, [...chosen, i])
  }
  pick(0, [])
  return out
}

function product(choices: readonly (readonly number[])[]): number[][] {
  let out: number[][] = [[]]
  for (const options of choices) out = out.flatMap((head) => options.map((b) => [...head, b]))
  return out
}

const CLUSTER = new RegExp(EMOJI_CLUSTER_SOURCE, 'uy')

/**
 * Splits a decoded text into emoji and text characters and grades it, or
 * returns `null` when some part makes no sense: a pictograph that is no
 * emoji (🀝 U+1F01D), a VS16 after a character that takes none, a stray ZWJ.
 * The variation-selector rule lives here: 🍛 + U+FE0F is graded below 🏛️.
 */
export function readingShape(text: string): Pick<Reading, 'tier' | 'emoji' | 'onlyEmoji'> | null {
  let tier: 1 | 2 = 2
  let onlyEmoji = true
  const emoji: string[] = []
  let i = 0
  while (i < text.length) {
    CLUSTER.lastIndex = i
    const cluster = CLUSTER.exec(text)?.[0]
    const cp = text.codePointAt(i) ?? 0
    if (cluster && !isTextStyleSymbol(cluster, cp)) {
      if (!isRgiEmoji(cluster)) {
        if (!isKnownEmoji(cluster)) return null
        tier = 1
      }
      emoji.push(cluster)
      i += cluster.length
      continue
    }
    if (!isTextChar(cp)) return null
    // A combining mark belongs on a letter: U+FE20 after an emoji is what an
    // intact no-break space glued to a damaged VS16 (EF B8 + A0) reads as.
    if (MARK.test(String.fromCodePoint(cp)) && !LETTER_OR_MARK.test(previousChar(text, i))) {
      return null
    }
    onlyEmoji = false
    i += cp > 0xffff ? 2 : 1
  }
  return { tier, emoji, onlyEmoji: onlyEmoji && emoji.length > 0 }
}

const MARK = /\p{M}/u
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

function previousChar(text: string, i: number): string {
  if (i === 0) return ''
  const low = text.charCodeAt(i - 1)
  const astral = i >= 2 && low >= 0xdc00 && low <= 0xdfff
  return text.slice(astral ? i - 2 : i - 1, i)
}

/** ™ © ⚖ ❤ without VS16 are text symbols, not emoji. */
function isTextStyleSymbol(cluster: string, cp: number): boolean {
  return cp <= 0xffff && cluster.length === 1 && !hasEmojiPresentation(cp)
}
