import { isApostrophe, wordCharLength } from '../schema/word-chars'
import { memoByText } from './memo-by-text'
import {
  FORMER_TITLES,
  HARD_STOP_WORDS,
  JOINT_NON_TITLES,
  SOFT_STOP_WORDS,
  SPELLED_TITLES,
  TITLE_MODIFIERS,
  TITLE_PREFIXES,
  type TitlePrefix,
} from './topic-stop-words'

// Topics relate commentary posts to episodes ("DeepSeek" in a post, "Deep
// Seek" in a digest). Extraction is a cheap proper-noun heuristic over prose:
// capitalised words, CamelCase words and runs of up to three capitalised
// words. Headings are Title Case, where capitals say nothing, so they only
// contribute CamelCase words and names already found in the prose.

const MAX_RUN_WORDS = 3
const ASCII = /^[\x20-\x7e]*$/

/** `"Deep Seek"` and `"DeepSeek"` → `"deepseek"`: lower-case letters and digits only, accents removed. */
export function topicKey(s: string): string {
  // Fast paths (this runs for every capitalised word of the archive): a word
  // of ASCII letters and digits only needs lower case; other plain ASCII no
  // Unicode normalisation.
  if (isAsciiAlnum(s)) return s.toLowerCase()
  if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, '')
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

function isAsciiAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)))
      return false
  }
  return true
}

/** The text a topic is looked for in: prose sentences, and Title Case headings. */
export interface TopicSources {
  prose: readonly string[]
  headings: readonly string[]
}

export interface TopicCount {
  key: string
  /** The most frequent spelling ("DeepSeek"), first seen on a tie. */
  display: string
  count: number
  /** Order of first appearance, for stable tie-breaking. */
  first: number
}

/** Topics found in `sources`, most frequent first (ties: first seen first). */
export function extractTopics(sources: TopicSources): TopicCount[] {
  const tally = new TopicTally()
  const initialOnly: Candidate[] = []
  const capitalisedMidSentence = new Set<string>()
  const fromProse = (candidate: Candidate) => {
    if (candidate.sentenceInitialSingle) {
      initialOnly.push(candidate)
      // What it reads as otherwise is capitalised mid-sentence all the same.
      for (const other of candidate.otherwise ?? []) capitalisedMidSentence.add(other.key)
    } else {
      capitalisedMidSentence.add(candidate.key)
      tally.add(candidate.key, candidate.display)
    }
  }
  for (const text of sources.prose) candidatesIn(text, fromProse)
  // "Reeves points out..." counts once "Reeves" is seen mid-sentence somewhere.
  for (const candidate of initialOnly) {
    if (candidate.strong || capitalisedMidSentence.has(candidate.key)) {
      tally.add(candidate.key, candidate.display)
    } else {
      for (const other of candidate.otherwise ?? []) tally.add(other.key, other.display)
    }
  }
  const known = new Set(tally.keys())
  const fromHeading = (candidate: Candidate) => tally.add(candidate.key, candidate.display)
  for (const text of sources.headings) headingCandidatesIn(text, known, fromHeading)
  return tally.ranked()
}

/** Sorted unique topic keys (what an episode stores). */
export function topicKeys(sources: TopicSources): string[] {
  return extractTopics(sources)
    .map((t) => t.key)
    .sort()
}

/** Display forms, most frequent first (what a post stores). */
export function topicDisplays(sources: TopicSources): string[] {
  return extractTopics(sources).map((t) => t.display)
}

interface Candidate {
  key: string
  display: string
  /**
   * A lone capitalised word at a sentence start, or a run a lower-tailed
   * compound leads there ("Multi-head Latent Attention", "Low-cost Chinese"):
   * the capital may be just grammar.
   */
  sentenceInitialSingle: boolean
  /** CamelCase or an acronym: a name even at a sentence start. */
  strong: boolean
  /** What counts instead when the capital turns out to be grammar (the run without its lead). */
  otherwise?: readonly Candidate[]
}

/** A capitalised word, or capitalised words joined by hyphens ("DeepSeek-R1", "All-In"). */
interface Unit {
  text: string
  key: string
  /** Letters, digits and hyphens only: its key is folded character by character (see runKey). */
  ascii: boolean
  camel: boolean
  acronym: boolean
  letters: number
  /** "DeepSeek's": the name ends here. */
  possessive: boolean
  /** Only spaces separate it from the previous unit. */
  joinsPrevious: boolean
  sentenceInitial: boolean
  /**
   * Capitalised, with a lower-case part after a hyphen ("Multi-head"): an
   * adjective alone, so it can only lead a name of more words (see candidatesIn).
   */
  lowerTail: boolean
}

// Tokens are what /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u matches. The scanner
// below finds them with char codes instead of that regex, and builds strings
// only for tokens that can start a name: most words are lower-case, and this
// was the ingest's hottest loop (half its CPU on a large archive). ASCII is
// decided by code; anything else by the same Unicode property regexes.
const UPPER_START = /^\p{Lu}/u
const DIGIT_START = /^\p{N}/u
const CAMEL = /\p{Ll}\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/gu
const ASCII_WORD = /^[A-Za-z0-9]*$/
const SENTENCE_BREAK = /[.!?:;•\n]/
const HYPHEN = 0x2d

/** `^\p{Lu}` for the token's first character. */
function upperStart(token: string): boolean {
  const c = token.charCodeAt(0)
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(token)
}

/** `^\p{N}` for the token's first character. */
function digitStart(token: string): boolean {
  const c = token.charCodeAt(0)
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : DIGIT_START.test(token)
}

/** Can a unit start with this token ("Reeves", "iPhone"; not "the", "2010")? */
function canStartName(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start)
  if (c >= 0x41 && c <= 0x5a) return true
  if (c >= 0x30 && c <= 0x39) return false
  if (c >= 0x61 && c <= 0x7a) {
    // CamelCase from a lower-case start ("iPhone"); plain ASCII decided by code.
    let ascii = true
    for (let i = start + 1; i < end; i++) {
      const d = text.charCodeAt(i)
      if (d >= 0x80) {
        ascii = false
        break
      }
      if (d >= 0x41 && d <= 0x5a) {
        const before = text.charCodeAt(i - 1)
        if (before >= 0x61 && before <= 0x7a) return true
      }
    }
    if (ascii) return false
  }
  const token = text.slice(start, end)
  return UPPER_START.test(token) || (CAMEL.test(token) && !DIGIT_START.test(token))
}

/**
 * Runs of capitalised units, split at other words, hard stop words, commas,
 * quotes and possessives. A unit is a token, or tokens joined by a hyphen.
 * A class rather than closures: this runs once per word of the archive.
 */
class RunScanner {
  private run: Unit[] = []
  // The unit being built: its tokens (null once it cannot be a name), and the
  // separator before it (none for the text's first token: it starts a sentence).
  private pending = false
  private tokens: string[] | null = null
  /** The unit's first token is a title's prefix ("Co", "ex"), and nothing is joined to it yet. */
  private prefix: TitlePrefix | undefined = undefined
  private lowerTail = false
  private possessive = false
  private contraction = false
  private sepStart = 0
  private sepEnd = 0
  private firstOfText = true

  constructor(
    private readonly text: string,
    private readonly onRun: (run: Unit[]) => void,
  ) {}

  scan(): void {
    const text = this.text
    const n = text.length
    let prevEnd = 0
    let first = true
    let i = 0
    while (i < n) {
      let w = wordCharLength(text, i)
      if (w === 0) {
        i++
        continue
      }
      const start = i
      let apostrophes = false
      i += w
      for (;;) {
        w = wordCharLength(text, i)
        if (w > 0) i += w
        else if (isApostrophe(text.charCodeAt(i)) && wordCharLength(text, i + 1) > 0) {
          apostrophes = true
          i++
        } else break
      }
      const end = i
      const possessive =
        end - start >= 3 &&
        text.charCodeAt(end - 1) === 0x73 &&
        isApostrophe(text.charCodeAt(end - 2))
      const tokenEnd = possessive ? end - 2 : end
      const contraction = !possessive && apostrophes
      const dash = !first && start - prevEnd === 1 && text.charCodeAt(prevEnd) === HYPHEN
      const separatorStart = prevEnd
      first = false
      prevEnd = end
      if (this.pending && dash && !this.possessive)
        this.join(start, tokenEnd, possessive, contraction)
      else this.begin(start, tokenEnd, possessive, contraction, separatorStart)
    }
    this.flush()
    this.endRun()
  }

  /**
   * "All-In", "DeepSeek-R1": later parts start upper-case or with a digit.
   * A lower-case part ("Multi-head") is kept, and the unit marked lowerTail,
   * when the unit starts with a capital. Such a unit was dropped before, which
   * ended the run: "Multi-head Latent Attention" was read as "Latent Attention".
   */
  private join(start: number, end: number, possessive: boolean, contraction: boolean): void {
    if (this.prefix !== undefined) {
      const read = this.afterPrefix(this.prefix, start, end)
      this.prefix = undefined
      if (read) {
        this.possessive = possessive
        this.contraction ||= contraction
        return
      }
    }
    const tokens = this.tokens
    if (tokens) {
      const token = this.text.slice(start, end)
      if (upperStart(token) || digitStart(token)) tokens.push(token)
      else if (upperStart(tokens[0] ?? '')) {
        tokens.push(token)
        this.lowerTail = true
      } else this.tokens = null
    }
    this.possessive = possessive
    this.contraction ||= contraction
  }

  private begin(
    start: number,
    end: number,
    possessive: boolean,
    contraction: boolean,
    separatorStart: number,
  ): void {
    this.flush()
    this.firstOfText = !this.pending
    this.pending = true
    this.tokens = canStartName(this.text, start, end) ? [this.text.slice(start, end)] : null
    this.prefix = titlePrefixAt(this.text, start, end)
    this.lowerTail = false
    this.possessive = possessive
    this.contraction = contraction
    this.sepStart = separatorStart
    this.sepEnd = start
  }

  private flush(): void {
    if (!this.pending) return
    // The separator is sliced only for a unit: most words are lower-case and make none.
    const unit =
      this.tokens && !this.contraction
        ? makeUnit(
            this.tokens,
            this.possessive,
            this.firstOfText ? null : this.text.slice(this.sepStart, this.sepEnd),
            this.lowerTail,
          )
        : null
    const last = this.run[this.run.length - 1]
    // A lower-tailed unit only ever leads a run.
    if (last && !(unit?.joinsPrevious && !last.possessive && !unit.lowerTail)) this.endRun()
    if (!unit || HARD_STOP_WORDS.has(unit.key)) this.endRun()
    else if (SPELLED_TITLES.has(unit.key)) {
      // "OpenAI CEO Sam Altman": the title and what leads it ("Vice President") go, the names stay apart.
      const lead = this.run[this.run.length - 1]
      if (lead && !lead.possessive && TITLE_MODIFIERS.has(lead.key)) this.run.pop()
      this.endRun()
    } else this.run.push(unit)
  }

  /**
   * The part after a title's prefix (see TITLE_PREFIXES), at `start`: a title
   * makes the unit none (it splits the run); after ex- or then-, a
   * capitalised word that is no title starts the unit in the prefix's place,
   * apart from what went before ("OpenAI Ex-Google"). Anything else is joined
   * as in any compound ("Co-op"): false.
   */
  private afterPrefix(prefix: TitlePrefix, start: number, end: number): boolean {
    const token = this.text.slice(start, end)
    const word = token.toLowerCase()
    if (prefix === 'joint' ? !JOINT_NON_TITLES.has(word) : FORMER_TITLES.has(word)) {
      this.tokens = null
      return true
    }
    if (prefix === 'joint' || !upperStart(token)) return false
    this.tokens = [token]
    this.lowerTail = false
    // The hyphen is its separator: joined to no unit before it, and its
    // capital is its own, not a sentence's ("Ex-Google engineers warn").
    this.firstOfText = false
    this.sepStart = start - 1
    this.sepEnd = start
    return true
  }

  private endRun(): void {
    if (this.run.length === 0) return
    this.onRun(this.run)
    this.run = []
  }
}

/**
 * The kind of title prefix the token at `start` is, if it is one (see
 * TITLE_PREFIXES): "co", "ex", "then", "vice", in any case. Decided by
 * length and first letter before any slice: every word begins a unit.
 */
export function titlePrefixAt(text: string, start: number, end: number): TitlePrefix | undefined {
  const length = end - start
  if (length !== 2 && length !== 4) return undefined
  // Lower case by code: c e t v.
  const first = text.charCodeAt(start) | 0x20
  if (first !== 0x63 && first !== 0x65 && first !== 0x74 && first !== 0x76) return undefined
  return TITLE_PREFIXES.get(text.slice(start, end).toLowerCase())
}

function runsIn(text: string, onRun: (run: Unit[]) => void): void {
  new RunScanner(text, onRun).scan()
}

function makeUnit(
  tokens: string[],
  possessive: boolean,
  separator: string | null,
  lowerTail: boolean,
): Unit {
  const shape = unitShape(tokens)
  return {
    text: shape.text,
    key: shape.key,
    ascii: shape.ascii,
    camel: shape.camel,
    acronym: shape.acronym,
    letters: shape.letters,
    possessive,
    joinsPrevious: separator !== null && separator.length > 0 && isSpaces(separator),
    sentenceInitial: separator === null || SENTENCE_BREAK.test(separator),
    lowerTail,
  }
}

/** What a unit is by its text alone: the part of makeUnit that names repeat. */
export type UnitShape = Pick<Unit, 'text' | 'key' | 'ascii' | 'camel' | 'acronym' | 'letters'>

/**
 * Shapes by the unit's text. Every capitalised word of the archive makes a
 * unit, and names repeat across documents ("DeepSeek", "The", "Reeves"): a
 * Map lookup instead of topicKey, a regex test and a letter count each time.
 * A unit's text determines its tokens (they hold no hyphen), so the text is
 * the whole key. Bounded, for an archive of endless distinct words.
 */
const shapeOf = memoByText(50_000, (text) => computeUnitShape(text.split('-'), text))

/** computeUnitShape, memoised by the unit's text. */
export function unitShape(tokens: readonly string[]): UnitShape {
  return shapeOf(tokens.length === 1 ? (tokens[0] ?? '') : tokens.join('-'))
}

/** The shape of the unit of `tokens`, whose text is `text` (the tokens joined by "-"). */
export function computeUnitShape(tokens: readonly string[], text: string): UnitShape {
  const ascii = ASCII_WORD.test(tokens.length === 1 ? text : tokens.join(''))
  let letters = 0
  let lower = false
  if (ascii) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c >= 0x61 && c <= 0x7a) {
        letters++
        lower = true
      } else if (c >= 0x41 && c <= 0x5a) letters++
    }
  } else {
    letters = text.match(LETTER)?.length ?? 0
    lower = LOWER.test(text)
  }
  return {
    text,
    key: topicKey(text),
    ascii,
    camel: anyCamel(tokens),
    acronym: letters >= 2 && !lower,
    letters,
  }
}

function anyCamel(tokens: readonly string[]): boolean {
  for (const token of tokens) if (hasCamel(token)) return true
  return false
}

/** CAMEL (a lower-case letter, then a capital), by code for ASCII. */
function hasCamel(token: string): boolean {
  let lower = false
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (c >= 0x80) return CAMEL.test(token)
    if (lower && c >= 0x41 && c <= 0x5a) return true
    lower = c >= 0x61 && c <= 0x7a
  }
  return false
}

function isSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0x20) return false
  return true
}

function candidatesIn(text: string, add: (candidate: Candidate) => void): void {
  runsIn(text, (run) => {
    const [lead] = run
    if (!lead?.lowerTail) {
      runCandidates(run, add)
      return
    }
    // "Multi-head Latent Attention": the whole run is the name. Alone
    // ("Self-driving") or in a run too long to be one name, the lead is an
    // adjective and the rest reads as it did without it.
    const rest = run.slice(1)
    if (run.length === 1 || run.length > MAX_RUN_WORDS) {
      runCandidates(rest, add)
      return
    }
    const name = runName(run)
    if (lead.sentenceInitial) {
      // "Low-cost Chinese models...": at a sentence start the capital may be
      // grammar. The run counts if it is also seen mid-sentence; if not, the rest does.
      const otherwise: Candidate[] = []
      runAsName(rest, (candidate) => otherwise.push(candidate))
      add({ ...name, sentenceInitialSingle: true, strong: false, otherwise })
    } else add(name)
    // CamelCase names stand either way, so they are not among `otherwise`.
    camelWords(rest, add)
  })
}

/**
 * The candidates of a run of capitalised units none of which has a lower-case
 * tail: the run as a name and, beside it, its CamelCase words on their own.
 */
function runCandidates(run: readonly Unit[], add: (candidate: Candidate) => void): void {
  const [first] = run
  // A lone CamelCase word is the run's name, read where it stands (a sentence start or not).
  if (run.length === 1 && first?.camel) {
    if (!SOFT_STOP_WORDS.has(first.key)) add(single(first, first.sentenceInitial))
    return
  }
  runAsName(run, add)
  if (run.length > MAX_RUN_WORDS || !allSoft(run)) camelWords(run, add)
}

/**
 * The run as one name: two or three units, or a lone unit that is not
 * CamelCase (that one is among camelWords). None when the run is too long to
 * be one name (a title quoted in prose) or made only of soft stop words.
 */
function runAsName(run: readonly Unit[], add: (candidate: Candidate) => void): void {
  const [first] = run
  if (!first || run.length > MAX_RUN_WORDS || allSoft(run)) return
  if (run.length > 1) add(runName(run))
  else if (first.letters >= 2 && !first.camel) add(single(first, first.sentenceInitial))
}

/** "DeepSeek V3": the CamelCase name also stands on its own. */
function camelWords(run: readonly Unit[], add: (candidate: Candidate) => void): void {
  for (const unit of run) if (unit.camel) add(single(unit, false))
}

function allSoft(run: readonly Unit[]): boolean {
  for (const unit of run) if (!SOFT_STOP_WORDS.has(unit.key)) return false
  return true
}

/** The run of two or more units as one name. */
function runName(run: readonly Unit[]): Candidate {
  return {
    key: runKey(run, 0, run.length),
    display: joinTexts(run, ' '),
    sentenceInitialSingle: false,
    strong: true,
  }
}

/**
 * The key of `len` units from `from`, as topicKey of their joined texts. A
 * Title Case heading tries up to three keys per word: for ASCII units (most)
 * the key of the join is the join of their keys, since the ASCII folding goes
 * character by character, so no slice, join or second folding is needed.
 * Other text keeps the full folding (NFKD and a final sigma depend on context).
 */
export function runKey(run: readonly UnitKey[], from: number, len: number): string {
  if (len === 1) return run[from]?.key ?? ''
  let key = ''
  for (let at = from; at < from + len; at++) {
    const unit = run[at]
    if (!unit?.ascii) return topicKey(joinTexts(run.slice(from, from + len), ''))
    key += unit.key
  }
  return key
}

/** What runKey reads of a unit. */
export interface UnitKey {
  text: string
  key: string
  ascii: boolean
}

function joinTexts(units: readonly { text: string }[], separator: string): string {
  let out = units[0]?.text ?? ''
  for (let i = 1; i < units.length; i++) out += separator + (units[i]?.text ?? '')
  return out
}

function single(unit: Unit, sentenceInitial: boolean): Candidate {
  return {
    key: unit.key,
    display: unit.text,
    sentenceInitialSingle: sentenceInitial,
    strong: unit.camel || unit.acronym,
  }
}

/** In a Title Case heading: CamelCase words, and names the prose already has. */
function headingCandidatesIn(
  text: string,
  known: ReadonlySet<string>,
  add: (candidate: Candidate) => void,
): void {
  runsIn(text, (run) => {
    let i = 0
    while (i < run.length) {
      let matched = 0
      for (let len = Math.min(MAX_RUN_WORDS, run.length - i); len >= 1; len--) {
        const key = runKey(run, i, len)
        if (known.has(key)) {
          const display = joinTexts(run.slice(i, i + len), ' ')
          add({ key, display, sentenceInitialSingle: false, strong: true })
          matched = len
          break
        }
      }
      if (matched === 0) {
        const unit = run[i]
        // A lower-tailed unit ("DeepSeek-based") is an adjective, not a name.
        if (unit?.camel && !unit.lowerTail && !SOFT_STOP_WORDS.has(unit.key))
          add(single(unit, false))
        i++
      } else i += matched
    }
  })
}

class TopicTally {
  private readonly byKey = new Map<
    string,
    { count: number; first: number; displays: Map<string, number> }
  >()

  add(key: string, display: string): void {
    if (!key) return
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = { count: 0, first: this.byKey.size, displays: new Map() }
      this.byKey.set(key, entry)
    }
    entry.count++
    entry.displays.set(display, (entry.displays.get(display) ?? 0) + 1)
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys()
  }

  ranked(): TopicCount[] {
    const out: TopicCount[] = []
    for (const [key, entry] of this.byKey) {
      let display = ''
      let best = 0
      // Map iteration is insertion order, so a tie keeps the first spelling.
      for (const [text, n] of entry.displays) {
        if (n > best) {
          best = n
          display = text
        }
      }
      out.push({ key, display, count: entry.count, first: entry.first })
    }
    return out.sort((a, b) => b.count - a.count || a.first - b.first)
  }
}
