// What one line of a digest is. Shared by kind detection and the parser, so
// both read the format the same way. All patterns are anchored with no
// nested quantifiers: linear even on a 1 MB line.

const BULLET = /^[•◦▪‣·●*-] ?/

// Spaces other than U+0020: no-break (an HTML "&nbsp;"), en to hair, narrow
// no-break, ideographic.
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g

/**
 * The text with every Unicode space as U+0020. The format's markers are
 * spaced with ASCII spaces ("1. 🌍 Title", "Podcast - Title", "Podcast: one
 * line"); a no-break space there hid a section and its bullets, or an episode
 * header. Only for repaired text: the repair reads U+00A0 as byte 0xA0 of a
 * damaged emoji.
 */
export function plainSpaces(text: string): string {
  return text.search(UNICODE_SPACES) < 0 ? text : text.replace(UNICODE_SPACES, ' ')
}

export const isBlank = (t: string): boolean => t === ''
export const isTopPodcastLabel = (t: string): boolean => /^top podcasts?:?$/i.test(t)
export const isKeyPointsLabel = (t: string): boolean => /^key points:?$/i.test(t)
export const isDetailsLabel = (t: string): boolean => /^details:?$/i.test(t)
/** "Previous Digests" starts the trailer of links: not content. */
export const isTrailer = (t: string): boolean => /^previous digests?:?$/i.test(t)

// Three or more of one character, with single spaces allowed between them.
const RULE = /^([-*_=~#─━═—–•·])(?: ?\1){2,}$/u

/**
 * A separator ("---", "* * *", "────") between parts of a plain-text
 * newsletter. It carries no text, so it reads as a blank line; read as
 * content, it was published as a bullet "---" (or "* *", since "* " marks one).
 */
export const isRule = (t: string): boolean => t.length >= 3 && RULE.test(t)

/** "• text" (any indentation, already trimmed). `-` and `*` need a space so "-5%" is not a bullet. */
export function bulletText(t: string): string | null {
  const first = t[0]
  if (first === undefined) return null
  if ((first === '-' || first === '*') && t[1] !== ' ') return null
  if (!BULLET.test(t)) return null
  return t.slice(1).trim()
}

export interface HeadingLine {
  /** "7" or "7.1", as printed without the final dot. */
  number: string
  major: number
  /** Present for a sub-section. */
  minor: number | null
  /** The rest of the line: emoji and title. */
  rest: string
}

const HEADING = /^(\d{1,6})\.(?:(\d{1,6})\.?)?(?: +(.*))?$/

/** "7. 💰 Title" or "7.1. Title"; a bare "7." is a heading with no title. */
export function headingLine(t: string): HeadingLine | null {
  const m = HEADING.exec(t)
  if (!m) return null
  const major = Number(m[1])
  const minor = m[2] === undefined ? null : Number(m[2])
  return {
    number: minor === null ? String(major) : `${major}.${minor}`,
    major,
    minor,
    rest: (m[3] ?? '').trim(),
  }
}

/**
 * Before "Details:", only an episode's first section ("1. 🌍 Title") starts
 * its sections when the label is missing. A summary or key point may open
 * with a number ("3.5 million people...", "2024. The year..."): read as a
 * heading, it took the summary, and the key points after it, into a section.
 */
export function opensSections(h: HeadingLine): boolean {
  return h.major === 1 && h.minor === null
}

/** "All-In Podcast: one-line summary" in the Top Podcast list. */
export function topPodcastLine(t: string): { podcast: string; oneLine: string } | null {
  const colon = t.indexOf(': ')
  if (colon <= 0 || colon > 120) return null
  const podcast = t.slice(0, colon).trim()
  const oneLine = t.slice(colon + 2).trim()
  // "Podcast - Title: subtitle" is an episode header, not an entry.
  if (!podcast || !oneLine || / [-–—] /.test(podcast)) return null
  return { podcast, oneLine }
}
