// Picking one reading when the bytes allow several, and saying why.
//
// Hard filters first (they remove readings, and the report names each one
// removed, in `ruledOut` and in the reason):
//   1. meaning: every character decodes to text or to an emoji (run-readings);
//   2. qualification, which holds the variation-selector rule: when some
//      reading is all RGI emoji, readings with a VS16 their emoji do not take
//      (🍛️) or without one they need (🏛) go (run-readings);
//   3. emoji slot: where a heading's emoji stands (a run that is a whole
//      whitespace-separated token) and some reading is nothing but emoji,
//      readings with text in them go.
// Then signals, compared in this order, strongest first; the first one that
// separates the best two readings decides and is named in the report:
//   4. coherence: fewer separate emoji. Bytes that make one sequence (👍🏽,
//      👨‍💻) are not read as two emoji side by side (👍🐽);
//   5. known: emoji intact elsewhere in the document or archive;
//   6. quotes: an opening quote whose closing partner follows on the line,
//      or a closing one whose opener precedes it;
//   7. heading: words of the heading line found in the emoji's CLDR name or
//      keywords ("The $6 Million Myth" ~ 💰 "million");
//   8. prior: the ranked list of common emoji and characters (emoji-prior);
//   9. order: Unicode's emoji order (faces and people first, the groups
//      most used in Unicode's frequency data), for emoji the list leaves out;
//  10. tie: the lowest code points, only so that the result is stable.
import { isRgiEmoji } from './emoji-classes'
import { emojiPrior, textPrior } from './emoji-prior'
import { EMOJI_INFO, emojiKey } from './emojibase-index'
import type { Reading, Senseless } from './run-readings'

export interface ChoiceContext {
  /** The run is a whole token, as a heading's emoji is. */
  emojiSlot: boolean
  /** Keys (no VS16) of emoji seen intact; read only when there is a choice. */
  knownEmoji: () => ReadonlySet<string>
  /** The line before the run (repairs so far applied), for closing quotes. */
  lineBefore: string
  /** The line after the run, with every reading of later runs, for opening quotes. */
  lineAfter: string
  /** Lower-case words of the line when it is short enough to be a heading. */
  headingWords: readonly string[]
}

export interface Choice {
  result: string
  /** Readings still in the running when a signal decided. */
  alternatives: string[]
  /** Readings a filter removed (senseless, less qualified, text where an emoji stands). */
  ruledOut: string[]
  reason: string
}

/** What the run's analysis and the scan add to the choice: readings already ruled out, notes. */
export interface ChoiceInputs {
  /** Readings dropped because another was better qualified (run-readings). */
  lessQualified?: readonly Reading[]
  /** Decodings of the bytes as they stand that make no sense (run-readings). */
  senseless?: readonly Senseless[]
  /** Said first in the reason (a wrong earlier repair). */
  notes?: readonly string[]
}

const QUOTE_PARTNERS = new Map([
  ['“', { partner: '”', opens: true }],
  ['‘', { partner: '’', opens: true }],
  ['«', { partner: '»', opens: true }],
  ['‹', { partner: '›', opens: true }],
  ['”', { partner: '“', opens: false }],
  ['’', { partner: '‘', opens: false }],
  ['»', { partner: '«', opens: false }],
  ['›', { partner: '‹', opens: false }],
])

interface Scored {
  reading: Reading
  coherence: number
  known: string[]
  quotes: string[]
  heading: { word: string; emoji: string }[]
  prior: number
  order: number
}

/** The signals in comparison order (4-9 above); higher values win. */
const SIGNALS = ['coherence', 'known', 'quotes', 'heading', 'prior', 'order'] as const

function signalValue(s: Scored, signal: (typeof SIGNALS)[number]): number {
  if (signal === 'coherence' || signal === 'prior' || signal === 'order') return s[signal]
  return s[signal].length
}

export function chooseReading(
  readings: readonly Reading[],
  context: ChoiceContext,
  { lessQualified = [], senseless = [], notes = [] }: ChoiceInputs = {},
): Choice {
  const reasons = [...notes]
  const ruledOut: string[] = []
  if (senseless.length > 0) {
    reasons.push(senselessNote(senseless))
    ruledOut.push(...senseless.map((s) => s.text))
  }
  let pool = [...readings]
  if (lessQualified.length > 0) {
    reasons.push(qualificationNote(pool, lessQualified))
    ruledOut.push(...lessQualified.map((r) => r.text))
  }
  if (context.emojiSlot && pool.length > 1 && pool.some((r) => r.onlyEmoji)) {
    const dropped = pool.filter((r) => !r.onlyEmoji)
    pool = pool.filter((r) => r.onlyEmoji)
    if (dropped.length > 0) {
      reasons.push(`an emoji stands here, not ${list(dropped.map((r) => r.text))}`)
      ruledOut.push(...dropped.map((r) => r.text))
    }
  }
  const first = pool[0]
  if (pool.length === 1 && first) {
    reasons.push('the only reading that makes sense')
    return {
      result: first.text,
      alternatives: [],
      ruledOut,
      reason: join(reasons, bytesNote(first)),
    }
  }
  const scored = pool.map((reading) => score(reading, context)).sort(compareScored)
  const [winner, runnerUp] = scored
  if (!winner || !runnerUp) throw new Error('chooseReading: no readings')
  reasons.push(decidingReason(winner, runnerUp))
  return {
    result: winner.reading.text,
    alternatives: scored.slice(1).map((s) => s.reading.text),
    ruledOut,
    reason: join(reasons, bytesNote(winner.reading)),
  }
}

function score(reading: Reading, context: ChoiceContext): Scored {
  const known =
    reading.emoji.length > 0
      ? reading.emoji.filter((e) => context.knownEmoji().has(emojiKey(e)))
      : []
  const quotes: string[] = []
  for (const char of reading.text) {
    const quote = QUOTE_PARTNERS.get(char)
    if (!quote) continue
    const seen = quote.opens ? context.lineAfter : context.lineBefore
    if (seen.includes(quote.partner)) {
      quotes.push(quote.opens ? `${char}…${quote.partner}` : `${quote.partner}…${char}`)
    }
  }
  const heading: Scored['heading'] = []
  for (const emoji of reading.emoji) {
    const info = EMOJI_INFO.get(emojiKey(emoji))
    if (!info) continue
    const words = new Set([...info.tags, ...info.label.toLowerCase().split(/[^a-z]+/)].map(stem))
    for (const word of context.headingWords) {
      if (words.has(stem(word))) heading.push({ word, emoji })
    }
  }
  let prior = 0
  for (const emoji of reading.emoji) prior += emojiPrior(emoji)
  if (reading.emoji.length === 0 || !reading.onlyEmoji) {
    for (const char of reading.text) prior += textPrior(char.codePointAt(0) ?? 0)
  }
  // Earlier in emoji order is better: negate so that higher wins.
  let order = 0
  for (const emoji of reading.emoji) order -= EMOJI_INFO.get(emojiKey(emoji))?.order ?? 100_000
  return { reading, coherence: -reading.emoji.length, known, quotes, heading, prior, order }
}

/** Plural and possessive endings off, so "globes" meets "globe". */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word
}

function compareScored(a: Scored, b: Scored): number {
  for (const signal of SIGNALS) {
    const diff = signalValue(b, signal) - signalValue(a, signal)
    if (diff !== 0) return diff
  }
  return compareCodePoints(a.reading.text, b.reading.text)
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0)
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0)
    if (diff !== 0) return diff
  }
  return x.length - y.length
}

function decidingReason(winner: Scored, runnerUp: Scored): string {
  const other = runnerUp.reading.text
  for (const signal of SIGNALS) {
    if (signalValue(winner, signal) === signalValue(runnerUp, signal)) continue
    switch (signal) {
      case 'coherence':
        return `${winner.reading.text} reads the bytes as one emoji sequence (${other} splits it)`
      case 'known':
        return `${list(winner.known)} stands intact elsewhere in the document or archive (${other} does not)`
      case 'quotes':
        return `the quotes pair on the line (${list(winner.quotes)})`
      case 'heading': {
        const { word, emoji } = winner.heading[0] ?? { word: '', emoji: '' }
        return `heading word "${word}" matches ${emoji} (${EMOJI_INFO.get(emojiKey(emoji))?.label ?? emoji})`
      }
      case 'prior':
        return `no stronger signal: ${winner.reading.text} is more common than ${other} (ranked prior)`
      case 'order':
        return `no stronger signal: ${winner.reading.text} comes before ${other} in Unicode's emoji order (fallback prior)`
    }
  }
  return `no signal separates ${winner.reading.text} from ${other}; the lower code point is kept`
}

function qualificationNote(kept: readonly Reading[], dropped: readonly Reading[]): string {
  const keptText = list(kept.map((r) => r.text))
  // A dropped reading either gives a VS16 to an emoji that takes none (🍛️)
  // or leaves one out where the emoji needs it (🏌 for 🏌️).
  const extraVs = dropped.filter((r) => r.emoji.some((e) => e.includes('\uFE0F') && !isRgiEmoji(e)))
  const missingVs = dropped.filter((r) => !extraVs.includes(r))
  const parts: string[] = []
  if (extraVs.length > 0) parts.push(`${list(extraVs.map((r) => r.text))} take no U+FE0F`)
  if (missingVs.length > 0) parts.push(`${list(missingVs.map((r) => r.text))} would need U+FE0F`)
  return `variation selector rule: only ${keptText} are fully qualified emoji (${parts.join('; ')})`
}

/** "⤜ (bytes E2 A4 9C) makes no sense": the readings filter 1 removed. */
function senselessNote(senseless: readonly Senseless[]): string {
  const each = senseless.map((s) => `${s.text} (bytes ${hexBytes(s.bytes)})`)
  return `${each.join(', ')} ${senseless.length === 1 ? 'is' : 'are'} neither text nor an emoji`
}

function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')
}

function bytesNote(reading: Reading): string {
  const hex = hexBytes(reading.bytes)
  if (reading.restored.length === 0) return `bytes ${hex}`
  const lost = reading.restored.map((b) => `0x${b.toString(16).toUpperCase()}`).join(', ')
  return `bytes ${hex} (lost ${lost} restored)`
}

function list(items: readonly string[]): string {
  return items.join(' ')
}

function join(reasons: readonly string[], last: string): string {
  return [...reasons, last].join('; ')
}
