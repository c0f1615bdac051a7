// Telling a quoted answer (from Grok, ChatGPT...) from the author's voice.
// The author introduces an answer with a stock sentence and the answer runs
// until the author speaks again. All heuristics look at a bounded part of a
// paragraph or are single linear regexes, so a 1 MB paragraph stays cheap.

import { isLayoutLine } from './post-lines'

export interface QuoteIntro {
  /** Who is quoted ("Grok"). */
  source: string
  /** The introducing sentence(s), as printed. */
  intro: string
  /** The paragraph without the intro (may be empty). */
  before: string
}

const TAIL = 320
const NAME = '([A-Z][\\w.+-]*(?: [A-Z][\\w.+-]*){0,2})'
const APOS = "['’]"
const START = '(?:^|(?<=[.!?:”"])\\s+)'

// Each is anchored at the end of the paragraph: the intro is its last sentence.
const INTRO_PATTERNS: readonly RegExp[] = [
  // "Here’s what Grok has to say." / "Here is what ChatGPT said about it:"
  new RegExp(
    `${START}(Here(?:${APOS}s| is) what ${NAME} (?:has to say|had to say|says|said|thinks|answered|replied|came up with)(?: about [^.!?]{1,80})?[.:!]?)$`,
    'u',
  ),
  // "Here’s the answer from Claude:"
  new RegExp(
    `${START}((?:Here(?:${APOS}s| is)) (?:the|an|its|his|her) (?:answer|response|reply) from ${NAME}[.:]?)$`,
    'u',
  ),
  // "According to ChatGPT:"
  new RegExp(`${START}(According to ${NAME}[:,])$`, 'u'),
  // "Grok says:" / "ChatGPT answered:"
  new RegExp(
    `${START}(${NAME} (?:says|said|answered|replied|responded|writes|wrote|explains):)$`,
    'u',
  ),
  // "Claude’s answer:"
  new RegExp(`${START}(${NAME}${APOS}s (?:answer|response|reply|take)(?: is)?[.:])$`, 'u'),
  // "I asked Claude about X. Here is its answer."
  new RegExp(
    `${START}(I asked ${NAME}[\\s\\S]{0,200}?Here(?:${APOS}s| is) (?:its|his|her|their|the) (?:answer|response|reply)[.:]?)$`,
    'u',
  ),
]

const PRONOUNS = new Set([
  'I',
  'He',
  'She',
  'It',
  'They',
  'We',
  'You',
  'This',
  'That',
  'Everyone',
  'Nobody',
])

/** The quote intro ending this paragraph, if any. */
export function findQuoteIntro(paragraph: string): QuoteIntro | null {
  const offset = Math.max(0, paragraph.length - TAIL)
  const tail = paragraph.slice(offset)
  for (const pattern of INTRO_PATTERNS) {
    const m = pattern.exec(tail)
    const intro = m?.[1]
    const source = m?.[2]
    if (!m || intro === undefined || source === undefined || PRONOUNS.has(source)) continue
    const start = offset + m.index + (m[0].length - intro.length)
    return { source, intro, before: paragraph.slice(0, start).trim() }
  }
  return null
}

const AUTHOR_LEAD = /^Here(?:['’]s| is| are)\b/u
const FIRST_PERSON =
  /(?:^|[^\p{L}\p{N}'’])(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|my|me|mine|myself)(?![\p{L}\p{N}'’])/u
/**
 * An assistant speaking of itself ("As of my last update", "As an AI, I…"):
 * first person that is the answer's, not the author's. Without it the quote
 * ended at such a paragraph and the rest of the answer read as the author's.
 * Stock phrases only, so an author's own "I" still ends the quote.
 */
const ASSISTANT_SELF =
  /\b(?:as an AI\b|as an? (?:AI )?(?:large )?language model|my (?:last (?:knowledge )?update|knowledge cut-?off|training data)|I (?:don['’]t|do not) have (?:personal|real-time|access|browsing)|I (?:can['’]t|cannot) (?:browse|access real-time))/iu
const CONCLUSION =
  /^(?:In summary|In conclusion|In short|Overall|To summarize|To sum up|All in all)\b/
const SHORT = 80
const LONG = 150

/**
 * Does the author's voice resume at `paragraph`, given the quote paragraphs
 * collected so far (and the paragraph after it)? Signals: a new intro or a "Here’s ..." link line, an
 * exclamation, the first person singular (unless the assistant is speaking
 * of itself), the answer having already
 * concluded ("In summary, ..."), or a short line after long answer text.
 */
export function authorResumes(
  paragraph: string,
  quoted: readonly string[],
  /** The paragraph after `paragraph`, if any. */
  following?: string,
): boolean {
  if (findQuoteIntro(paragraph)) return true
  // A list item or heading is the answer's own layout: short, and often led
  // by "Here are…", it ended the quote, and the rest read as the author's.
  // So does the line that leads into one ("The main points are as follows:").
  if (isLayoutLine(paragraph)) return false
  if (following !== undefined && /:\s*$/.test(paragraph) && isLayoutLine(following)) return false
  // "Here are the main points:" leads the answer's list; the author's
  // "Here's …" line (a link, a last word) does not end with a colon.
  if (AUTHOR_LEAD.test(paragraph) && !/:\s*$/.test(paragraph)) return true
  if (/!\s*$/.test(paragraph)) return true
  if (FIRST_PERSON.test(paragraph) && !ASSISTANT_SELF.test(paragraph)) return true
  const last = quoted[quoted.length - 1]
  if (last !== undefined && CONCLUSION.test(last)) return true
  // Prose only: a list's short items would pull the average down.
  const prose = quoted.filter((text) => !isLayoutLine(text))
  if (prose.length > 0 && paragraph.length < SHORT) {
    const average = prose.reduce((n, p) => n + p.length, 0) / prose.length
    if (average >= LONG) return true
  }
  return false
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
])
const LABEL = /^([A-Z][^:.!?\n]{0,59}): +(\S[\s\S]*)$/u

/** "Claims Regarding Cost: DeepSeek has claimed..." → label and text. */
export function splitLabel(paragraph: string): { label: string; text: string } | null {
  const m = LABEL.exec(paragraph)
  const label = m?.[1]
  const text = m?.[2]
  if (label === undefined || text === undefined) return null
  const words = label.split(' ')
  if (words.length > 8) return null
  const titleCase = words.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && SMALL_WORDS.has(w)))
  return titleCase ? { label, text } : null
}
