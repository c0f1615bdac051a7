import type { Issue } from '../schema/report'
import {
  headingLine,
  isDetailsLabel,
  isKeyPointsLabel,
  isTopPodcastLabel,
  opensSections,
} from './digest-lines'
import { IngestError } from './ingest-error'
import { warning } from './issues'
import { parseDateLine } from './parse-date'

/** The digest's opening lines: site, date, title. */
export interface DigestHeader {
  site: string
  date: string
  title: string
  /** Index of the first line after the header. */
  next: number
}

export interface HeaderOptions {
  file: string
  /** ISO date; a digest dated later is reported as `future-date`. */
  today?: string
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Reads "Digestly / Feb 3, 2025 / Title". A digest is published under its
 * date, so a missing or impossible date is an error naming the line where the
 * date was expected; a missing site or title is only a warning.
 */
export function readDigestHeader(
  lines: readonly string[],
  options: HeaderOptions,
  issues: Issue[],
): DigestHeader {
  const { file } = options
  let i = skipBlank(lines, 0)
  let site = ''
  const first = lines[i]?.trim() ?? ''
  if (parseDateLine(first) === null && !isStructure(first)) {
    site = first
    i = skipBlank(lines, i + 1)
  } else {
    issues.push(
      warning(
        { file, line: i + 1 },
        'missing-site',
        'expected the site name (e.g. "Digestly") on the first line',
      ),
    )
  }
  // Past the end, the date was expected on the line after the last one.
  const dateLine = Math.min(i, lines.length) + 1
  const dateText = lines[i]?.trim() ?? ''
  const parsed = parseDateLine(dateText)
  if (parsed === null) {
    throw new IngestError(
      { file, line: dateLine },
      'missing-date',
      `expected the digest's date (like "Feb 3, 2025") here, found ${dateText ? `"${clip(dateText)}"` : 'nothing'}`,
    )
  }
  if (!parsed.ok) {
    throw new IngestError(
      { file, line: dateLine },
      'invalid-date',
      `expected a real calendar date: ${parsed.reason}`,
    )
  }
  if (options.today && ISO_DATE.test(options.today) && parsed.iso > options.today) {
    issues.push(
      warning(
        { file, line: dateLine },
        'future-date',
        `the digest is dated ${parsed.iso}, after today (${options.today})`,
      ),
    )
  }
  i = skipBlank(lines, i + 1)
  const titleText = lines[i]?.trim() ?? ''
  let title = ''
  if (titleText && !isStructure(titleText)) {
    title = titleText
    i++
  } else {
    issues.push(
      warning(
        // The line the title should be on, or the last line when the text ends after the date.
        { file, line: Math.min(i, lines.length - 1) + 1 },
        'missing-title',
        "expected the digest's title after its date",
      ),
    )
  }
  return { site, date: parsed.iso, title, next: i }
}

/**
 * A line that starts the digest's body, so the site or title is missing.
 * Of numbered lines only a first section ("1. ..."): a title may open with a
 * number ("3.5 Million Listeners"), and read as a heading it was dropped and
 * the Top Podcast list after it became an episode.
 */
function isStructure(t: string): boolean {
  if (isTopPodcastLabel(t) || isKeyPointsLabel(t) || isDetailsLabel(t)) return true
  const heading = headingLine(t)
  return heading !== null && opensSections(heading)
}

export function skipBlank(lines: readonly string[], from: number): number {
  let i = from
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++
  return i
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
