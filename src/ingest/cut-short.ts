// A document cut short (a download or copy that stopped part-way) still
// parses: the digest reader keeps whatever it finds, with warnings. Published,
// it replaced the day's good digest in the output (publishing replaces the
// output as a whole) with one that stops under a heading with nothing below
// it, or without the Details of its last episode. So a digest whose end is
// structurally cut is refused: the run fails, the previous output stays, and
// the message names the line (decision 0003, addendum of 2026-12-07).
//
// A last line that stops mid-sentence is only a warning: every line of the
// format's content is a sentence, but a real bullet without its full stop
// must not hold back a day's digest. A post may end with a signature or a
// link, so there only a long last line that stops mid-sentence is warned of.

import type { Issue } from '../schema/report'
import {
  headingLine,
  isDetailsLabel,
  isKeyPointsLabel,
  isRule,
  isTopPodcastLabel,
  isTrailer,
  plainSpaces,
} from './digest-lines'
import { IngestError } from './ingest-error'
import { warning } from './issues'
import type { RawDigest } from './raw-digest'

/** One mark, quote or bracket a sentence may close with, or a piece of an emoji after it. */
const CLOSER =
  /^(?:[\s"'”’»)\]}*_\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\ufe0f|\u20e3|\u200d)$/u
const SENTENCE_END = /[.!?…]/

/**
 * Whether a line of text ends a sentence ("…in 2010.", "…peace! 🙏",
 * "…said.”"). Read backwards a character at a time: one regex anchored at
 * the end was tried from every place in a run of spaces (quadratic, and a
 * line may be 1 MB).
 */
export function endsSentence(line: string): boolean {
  let end = line.length
  while (end > 0) {
    const low = line.charCodeAt(end - 1)
    const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1
    const char = line.slice(end - pair, end)
    if (!CLOSER.test(char)) return SENTENCE_END.test(char)
    end -= pair
  }
  return false
}

const ENDS_WITH_LINK = /https?:\/\/\S+$/

/** A post's last line is read as cut only from this length on: a signature or a link is shorter. */
const POST_LINE_MIN = 80

interface LastLine {
  /** 1-based. */
  line: number
  text: string
}

/** The last line that is not blank and not a rule (the lines as checkDigestEnd reads them). */
function lastContentLine(lines: readonly string[]): LastLine | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i] ?? ''
    if (t !== '' && !isRule(t)) return { line: i + 1, text: t }
  }
  return null
}

/** "…four times hig" for the message: the line's end, where the cut is. */
function tail(text: string): string {
  return text.length <= 40 ? `"${text}"` : `"…${text.slice(-40)}"`
}

/**
 * The refusal. What else the reader can do (pass --keep-going, or that the
 * document was left out) depends on how the ingest was run: the CLI adds it
 * (scripts/ingest/cut-short-advice.ts), so the library knows no options.
 */
function cutShort(file: string, at: LastLine, what: string): IngestError {
  return new IngestError(
    { file, line: at.line },
    'cut-short',
    `${what}: the file looks cut short. Complete it.`,
  )
}

/**
 * Throws IngestError `cut-short` if the digest's end is cut; a warning if it
 * only may be. A digest with its "Previous Digests" trailer reached its end.
 */
export function checkDigestEnd(text: string, raw: RawDigest, file: string): Issue[] {
  // Spaces read as the digest reader reads them (a no-break space in "3. 🐏"
  // or in the trailer), once for every check below.
  const lines = text.split('\n').map((line) => plainSpaces(line).trim())
  if (lines.some(isTrailer)) return []
  const last = lastContentLine(lines)
  if (!last) return []
  const t = last.text
  if (isTopPodcastLabel(t) || isKeyPointsLabel(t) || isDetailsLabel(t)) {
    throw cutShort(file, last, `the digest ends with the label ${tail(t)} and nothing under it`)
  }
  // A header and nothing else has its own warning (no-episodes).
  if (raw.episodes.length === 0 && raw.topPodcasts.length === 0) return []
  // "3." or "3. 🐏" is a heading; "2024. The year it changed." is a sentence.
  const numbered = headingLine(t)
  const heading = numbered && !endsSentence(numbered.rest) ? numbered : null
  // A section's heading alone is cut; a sub-section may be printed empty
  // (the seed's 7.1 and 7.2), so one at the end is only warned of.
  if (heading && heading.minor === null) {
    throw cutShort(file, last, `the digest ends with the heading ${tail(t)} and nothing under it`)
  }
  const final = raw.episodes.at(-1)
  if (!final) throw cutShort(file, last, 'the digest ends before its first episode')
  if (final.sections.length === 0 && raw.episodes.some((e) => e.sections.length > 0)) {
    throw cutShort(
      file,
      last,
      `its last episode ("${final.podcast} - ${final.title}", line ${final.line}) ends without the Details the others have`,
    )
  }
  if (!heading && endsSentence(t)) return []
  const what = heading
    ? `the sub-section heading ${tail(t)}`
    : `${tail(t)}, not the end of a sentence`
  return [
    warning(
      { file, line: last.line },
      'cut-short',
      `the digest ends with ${what}, and without its "Previous Digests" list: is the file cut short?`,
    ),
  ]
}

/** A warning if the post's last line is a long one that stops mid-sentence. */
export function checkPostEnd(text: string, file: string): Issue[] {
  const last = lastContentLine(text.split('\n'))
  if (!last || last.text.length < POST_LINE_MIN || endsSentence(last.text)) return []
  if (ENDS_WITH_LINK.test(last.text)) return []
  return [
    warning(
      { file, line: last.line },
      'cut-short',
      `the post ends with ${tail(last.text)}, mid-sentence: is the file cut short?`,
    ),
  ]
}
