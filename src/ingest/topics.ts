import { HARD_STOP_WORDS, SOFT_STOP_WORDS } from './topic-stop-words'

// Topics relate commentary posts to episodes ("DeepSeek" in a post, "Deep
// Seek" in a digest). Extraction is a cheap proper-noun heuristic over prose:
// capitalised words, CamelCase words and runs of up to three capitalised
// words. Headings are Title Case, where capitals say nothing, so they only
// contribute CamelCase words and names already found in the prose.

const MAX_RUN_WORDS = 3
const ASCII = /^[\x20-\x7e]*$/

/** `"Deep Seek"` and `"DeepSeek"` → `"deepseek"`: lower-case letters and digits only, accents removed. */
export function topicKey(s: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation.
  if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, '')
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
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
  for (const text of sources.prose) {
    for (const candidate of candidatesIn(text)) {
      if (candidate.sentenceInitialSingle) initialOnly.push(candidate)
      else {
        capitalisedMidSentence.add(candidate.key)
        tally.add(candidate.key, candidate.display)
      }
    }
  }
  // "Reeves points out..." counts once "Reeves" is seen mid-sentence somewhere.
  for (const candidate of initialOnly) {
    if (candidate.strong || capitalisedMidSentence.has(candidate.key)) {
      tally.add(candidate.key, candidate.display)
    }
  }
  const known = new Set(tally.keys())
  for (const text of sources.headings) {
    for (const candidate of headingCandidatesIn(text, known))
      tally.add(candidate.key, candidate.display)
  }
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
  /** A lone capitalised word at a sentence start: maybe just grammar. */
  sentenceInitialSingle: boolean
  /** CamelCase or an acronym: a name even at a sentence start. */
  strong: boolean
}

/** A word, or words joined by hyphens ("DeepSeek-R1", "All-In"). */
interface Unit {
  text: string
  key: string
  capitalised: boolean
  camel: boolean
  acronym: boolean
  letters: number
  /** "DeepSeek's": the name ends here. */
  possessive: boolean
  /** Only spaces separate it from the previous unit. */
  joinsPrevious: boolean
  sentenceInitial: boolean
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const SENTENCE_BREAK = /[.!?:;•\n]/
const UPPER_START = /^\p{Lu}/u
const DIGIT_START = /^\p{N}/u
const CAMEL = /\p{Ll}\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/gu
const POSSESSIVE = /['’]s$/u
const APOSTROPHE = /['’]/u

function* unitsIn(text: string): Generator<Unit> {
  let prevEnd = 0
  let first = true
  let pending: { tokens: string[]; possessive: boolean; contraction: boolean; sep: string } | null =
    null
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index
    // The first word of a text starts a sentence, whatever precedes it ("• ").
    const separator = first ? '\n' : text.slice(prevEnd, start)
    first = false
    prevEnd = start + match[0].length
    let token = match[0]
    const possessive = POSSESSIVE.test(token)
    if (possessive) token = token.slice(0, -2)
    const contraction = !possessive && APOSTROPHE.test(token)
    if (pending && separator === '-' && !pending.possessive) {
      pending.tokens.push(token)
      pending.possessive = possessive
      pending.contraction ||= contraction
      continue
    }
    if (pending)
      yield makeUnit(pending.tokens, pending.possessive, pending.contraction, pending.sep)
    pending = { tokens: [token], possessive, contraction, sep: separator }
  }
  if (pending) yield makeUnit(pending.tokens, pending.possessive, pending.contraction, pending.sep)
}

const NOT_A_NAME: Unit = {
  text: '',
  key: '',
  capitalised: false,
  camel: false,
  acronym: false,
  letters: 0,
  possessive: false,
  joinsPrevious: false,
  sentenceInitial: false,
}

function makeUnit(tokens: string[], possessive: boolean, contraction: boolean, sep: string): Unit {
  const [first = '', ...rest] = tokens
  const firstOk = UPPER_START.test(first) || (CAMEL.test(first) && !DIGIT_START.test(first))
  const capitalised =
    !contraction && firstOk && rest.every((t) => UPPER_START.test(t) || DIGIT_START.test(t))
  // Most words are not names; only their "not a name" matters, so skip the rest.
  if (!capitalised) return NOT_A_NAME
  const text = tokens.join('-')
  const letters = text.match(LETTER)?.length ?? 0
  return {
    text,
    key: topicKey(text),
    capitalised,
    camel: tokens.some((t) => CAMEL.test(t)),
    acronym: letters >= 2 && !LOWER.test(text),
    letters,
    possessive,
    joinsPrevious: /^ +$/.test(sep),
    sentenceInitial: sep === '\n' || SENTENCE_BREAK.test(sep),
  }
}

/** Runs of capitalised units, split at hard stop words, commas, quotes and possessives. */
function* runsIn(text: string): Generator<Unit[]> {
  let run: Unit[] = []
  for (const unit of unitsIn(text)) {
    const continues = run.length > 0 && unit.joinsPrevious && !run[run.length - 1]?.possessive
    if (!continues && run.length > 0) {
      yield run
      run = []
    }
    if (!unit.capitalised) {
      if (run.length > 0) yield run
      run = []
      continue
    }
    if (HARD_STOP_WORDS.has(unit.key)) {
      if (run.length > 0) yield run
      run = []
      continue
    }
    run.push(unit)
  }
  if (run.length > 0) yield run
}

function* candidatesIn(text: string): Generator<Candidate> {
  for (const run of runsIn(text)) {
    if (run.length > MAX_RUN_WORDS) {
      // Too long to be one name (a title quoted in prose): keep only its
      // unambiguous names.
      for (const unit of run) if (unit.camel) yield single(unit, false)
      continue
    }
    if (run.every((u) => SOFT_STOP_WORDS.has(u.key))) continue
    const [first] = run
    if (!first) continue
    if (run.length === 1) {
      if (first.letters < 2) continue
      yield single(first, first.sentenceInitial)
      continue
    }
    yield {
      key: topicKey(run.map((u) => u.text).join('')),
      display: run.map((u) => u.text).join(' '),
      sentenceInitialSingle: false,
      strong: true,
    }
    // "DeepSeek V3": the CamelCase name also stands on its own.
    for (const unit of run) if (unit.camel) yield single(unit, false)
  }
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
function* headingCandidatesIn(text: string, known: ReadonlySet<string>): Generator<Candidate> {
  for (const run of runsIn(text)) {
    let i = 0
    while (i < run.length) {
      let matched = 0
      for (let len = Math.min(MAX_RUN_WORDS, run.length - i); len >= 1; len--) {
        const part = run.slice(i, i + len)
        const key = topicKey(part.map((u) => u.text).join(''))
        if (known.has(key)) {
          yield {
            key,
            display: part.map((u) => u.text).join(' '),
            sentenceInitialSingle: false,
            strong: true,
          }
          matched = len
          break
        }
      }
      if (matched === 0) {
        const unit = run[i]
        if (unit?.camel && !SOFT_STOP_WORDS.has(unit.key)) yield single(unit, false)
        i++
      } else i += matched
    }
  }
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
