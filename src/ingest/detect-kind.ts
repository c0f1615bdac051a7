import { headingLine, isDetailsLabel, isKeyPointsLabel, isTopPodcastLabel } from './digest-lines'
import { IngestError } from './ingest-error'
import { parseDateLine } from './parse-date'

export type DocumentKind = 'digest' | 'commentary'

/** How many leading non-blank lines may hold the site and date lines. */
const HEADER_LINES = 3
/** Below this share of letters among visible characters, a text is not prose. */
const MIN_LETTER_SHARE = 0.5
const WHITESPACE = /\s/u
const LETTER = /\p{L}/u

/**
 * Digest or commentary, from the content (never the file name). A digest
 * shows at least two of: a site line followed by a date line, a date line at
 * the top, a "Top Podcast" line (counts double: nothing else has it), a
 * "Key Points:" line, a "Details:" line with numbered headings. One signal
 * alone (a post that opens with its date) is not enough. Anything else must
 * be prose to be commentary; otherwise IngestError `not-prose`.
 */
export function detectKind(text: string, file: string): DocumentKind {
  if (digestScore(text) >= 2) return 'digest'
  assertProse(text, file)
  return 'commentary'
}

function digestScore(text: string): number {
  let score = 0
  const top: string[] = []
  let topPodcast = false
  let keyPoints = false
  let details = false
  let heading = false
  // Line by line without splitting the text, and only until every signal is
  // seen: a digest shows them all in its first episode, and the scan of its
  // remaining lines (a split, a trim and four label tests per line) was
  // several per cent of parsing a large archive, for an answer already known.
  for (let start = 0; start <= text.length; ) {
    const end = lineEnd(text, start)
    const t = text.slice(start, end).trim()
    start = end + 1
    if (t === '') continue
    if (top.length < HEADER_LINES) top.push(t)
    // Only short lines can be labels or headings: skip 1 MB lines quickly.
    if (t.length > 300) continue
    topPodcast ||= isTopPodcastLabel(t)
    keyPoints ||= isKeyPointsLabel(t)
    details ||= isDetailsLabel(t)
    heading ||= headingLine(t) !== null
    if (top.length === HEADER_LINES && topPodcast && keyPoints && details && heading) break
  }
  const dateAt = top.findIndex((t) => parseDateLine(t) !== null)
  if (dateAt >= 0) score++
  // A site line ("Digestly") above the date: one short word, not a title.
  if (dateAt === 1 && /^[\p{L}\p{N}.]{1,30}$/u.test(top[0] ?? '')) score++
  if (topPodcast) score += 2
  if (keyPoints) score++
  if (details && heading) score++
  return score
}

/** Where the line starting at `start` ends: its "\n", or the end of the text. */
function lineEnd(text: string, start: number): number {
  const at = text.indexOf('\n', start)
  return at === -1 ? text.length : at
}

function assertProse(text: string, file: string): void {
  let visible = 0
  let letters = 0
  for (const c of text) {
    const code = c.charCodeAt(0)
    // ASCII fast path; the Unicode classes only for the rest.
    if (code < 0x80) {
      if (code <= 0x20) continue
      visible++
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++
      continue
    }
    if (WHITESPACE.test(c)) continue
    visible++
    if (LETTER.test(c)) letters++
  }
  const hasWord = /\p{L}{2}/u.test(text)
  if (hasWord && letters >= visible * MIN_LETTER_SHARE) return
  const first = text.split('\n').findIndex((l) => l.trim() !== '')
  throw new IngestError(
    { file, line: first + 1 },
    'not-prose',
    `expected a digest or a prose post, found text that is ${Math.round((100 * letters) / Math.max(1, visible))}% letters`,
  )
}
