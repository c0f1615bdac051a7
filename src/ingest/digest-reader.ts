import type { Issue } from '../schema/report'
import { clip, readDigestHeader, skipBlank } from './digest-header'
import {
  bulletText,
  type HeadingLine,
  headingLine,
  isDetailsLabel,
  isKeyPointsLabel,
  isRule,
  isTopPodcastLabel,
  isTrailer,
  opensSections,
  plainSpaces,
  topPodcastLine,
} from './digest-lines'
import { splitEpisodeHeader, startsWithName } from './episode-header'
import { splitHeadingEmoji } from './heading-emoji'
import { warning } from './issues'
import type { RawDigest, RawEpisode, RawSection, RawSubsection, RawTopPodcast } from './raw-digest'

export interface ReadOptions {
  file: string
  today?: string
}

/**
 * One pass over the lines of a (repaired) digest. Structure is recognised
 * line by line; anything out of place becomes a warning with its line, and
 * the content is kept where there is a sensible home for it.
 */
export function readDigest(
  text: string,
  options: ReadOptions,
): { raw: RawDigest; issues: Issue[] } {
  const issues: Issue[] = []
  // A separator line is a blank line, for every step below (line numbers stay).
  const lines = plainSpaces(text)
    .split('\n')
    .map((line) => (isRule(line.trim()) ? '' : line))
  const header = readDigestHeader(lines, options, issues)
  const top = readTopPodcasts(lines, header.next)
  const reader = new EpisodeReader(lines, options.file, top.entries, issues)
  reader.read(top.next)
  if (reader.episodes.length === 0) {
    const at = { file: options.file, line: Math.max(1, Math.min(top.next + 1, lines.length)) }
    issues.push(
      warning(
        at,
        'no-episodes',
        'expected at least one episode ("Podcast - Title") after the header',
      ),
    )
  }
  return {
    raw: {
      site: header.site,
      date: header.date,
      title: header.title,
      topPodcasts: top.entries,
      episodes: reader.episodes,
    },
    issues,
  }
}

/**
 * "Top Podcast" then "Podcast: one line" lines. Blank lines between entries
 * are allowed: an episode header cannot pass for an entry, because its
 * podcast name is followed by " - " (see topPodcastLine).
 */
function readTopPodcasts(
  lines: readonly string[],
  from: number,
): { entries: RawTopPodcast[]; next: number } {
  let i = skipBlank(lines, from)
  const entries: RawTopPodcast[] = []
  if (!isTopPodcastLabel(lines[i]?.trim() ?? '')) return { entries, next: from }
  let next = i + 1
  for (i = skipBlank(lines, next); i < lines.length; i = skipBlank(lines, i + 1)) {
    const raw = lines[i] ?? ''
    const t = raw.trim()
    const last = entries[entries.length - 1]
    if (last && i === next && continuesEntry(raw, t, entries)) {
      last.oneLine = `${last.oneLine} ${t}`
      next = i + 1
      continue
    }
    const entry = topPodcastLine(t)
    if (!entry) break
    entries.push({ line: i + 1, ...entry })
    next = i + 1
  }
  return { entries, next }
}

/**
 * A line right under a Top Podcast entry (no blank line between) that the
 * entry's one line wrapped onto. Read as the end of the list, it became an
 * episode of its own that swallowed the next lines, and the entries after it
 * were lost. Flush left, it must not look like an entry or an episode header;
 * indented, it is a continuation unless it is structure.
 */
function continuesEntry(raw: string, t: string, entries: readonly RawTopPodcast[]): boolean {
  if (t === '' || isTrailer(t) || isKeyPointsLabel(t) || isDetailsLabel(t)) return false
  if (bulletText(t) !== null || headingLine(t) !== null) return false
  if (entries.some((e) => startsWithName(t, e.podcast))) return false
  if (raw[0] !== t[0]) return true
  return topPodcastLine(t) === null && !/ [-–—] /.test(t)
}

type State = 'summary' | 'key-points' | 'details'

/** Longer lines under an episode header are prose, never the rest of its title. */
const MAX_TITLE_WRAP = 120

interface OpenEpisode {
  episode: RawEpisode
  state: State
  summary: string[][]
  sawKeyPoints: boolean
  sawDetails: boolean
  section: RawSection | null
  subsection: RawSubsection | null
  /** Where the next unmarked line after a bullet would continue, if directly after one. */
  lastBullet: { list: string[]; index: number } | null
  expectedSection: number
}

class EpisodeReader {
  readonly episodes: RawEpisode[] = []
  private open: OpenEpisode | null = null
  /** nextNonBlank[i]: index of the first non-blank line after line i, or -1. */
  private readonly nextNonBlank: Int32Array
  private readonly podcastNames: string[]

  constructor(
    private readonly lines: readonly string[],
    private readonly file: string,
    top: readonly RawTopPodcast[],
    private readonly issues: Issue[],
  ) {
    this.nextNonBlank = new Int32Array(lines.length)
    let next = -1
    for (let i = lines.length - 1; i >= 0; i--) {
      this.nextNonBlank[i] = next
      if ((lines[i] ?? '').trim() !== '') next = i
    }
    // Longest first, so "All-In Podcast Extra" wins over "All-In Podcast".
    this.podcastNames = [...new Set(top.map((t) => t.podcast))].sort((a, b) => b.length - a.length)
  }

  read(from: number): void {
    let previousBlank = true
    for (let i = from; i < this.lines.length; i++) {
      const raw = this.lines[i] ?? ''
      const t = raw.trim()
      if (t === '') {
        previousBlank = true
        if (this.open) this.open.lastBullet = null
        if (this.open?.state === 'summary') this.newSummaryParagraph()
        continue
      }
      if (isTrailer(t)) break
      const indented = raw[0] !== t[0]
      this.line(t, i, previousBlank, indented)
      previousBlank = false
    }
    this.close()
  }

  private warn(index: number, code: string, message: string): void {
    this.issues.push(warning({ file: this.file, line: index + 1 }, code, message))
  }

  /** `indented`: the line as printed starts with whitespace. */
  private line(t: string, i: number, previousBlank: boolean, indented = false): void {
    const open = this.open
    if (!open) {
      this.startEpisode(t, i)
      return
    }
    if (isKeyPointsLabel(t)) {
      if (open.state === 'summary') open.state = 'key-points'
      else
        this.warn(
          i,
          'unexpected-label',
          `"${t}" out of place (this episode is past its key points); ignored`,
        )
      open.sawKeyPoints = true
      open.lastBullet = null
      return
    }
    if (isDetailsLabel(t)) {
      if (open.sawDetails)
        this.warn(i, 'unexpected-label', `"${t}" again in the same episode; ignored`)
      open.state = 'details'
      open.sawDetails = true
      open.lastBullet = null
      return
    }
    const bullet = bulletText(t)
    // Indented right under a bullet, a line continues it even when it reads
    // like a heading ("2.5 billion requests."): headings are not indented.
    const continues = indented && !previousBlank && open.lastBullet !== null
    const heading = bullet === null && !continues ? headingLine(t) : null
    if (open.state === 'summary') {
      if (bullet !== null) {
        this.warn(
          i,
          'key-points-without-label',
          'expected "Key Points:" before the first bullet; read the bullets as key points',
        )
        open.state = 'key-points'
        open.sawKeyPoints = true
      } else if (heading && opensSections(heading)) {
        this.warn(
          i,
          'details-without-label',
          'expected "Details:" before the first numbered section',
        )
        open.state = 'details'
        open.sawDetails = true
      } else if (previousBlank && this.startsNextEpisode(t, i, open)) {
        this.close()
        this.startEpisode(t, i)
        return
      } else if (this.continuesHeader(t, i, open)) {
        open.episode.title = `${open.episode.title} ${t}`
        return
      } else {
        open.summary[open.summary.length - 1]?.push(t)
        return
      }
    }
    if (open.state === 'key-points') {
      if (bullet !== null) {
        this.addBullet(open.episode.keyPoints, bullet, i)
        return
      }
      if (heading && opensSections(heading)) {
        this.warn(
          i,
          'details-without-label',
          'expected "Details:" before the first numbered section',
        )
        open.state = 'details'
        open.sawDetails = true
      } else {
        this.prose(t, i, previousBlank, indented, open.episode.keyPoints)
        return
      }
    }
    if (heading) this.heading(heading, i)
    else if (bullet !== null) {
      const list = open.subsection?.bullets ?? open.section?.bullets
      if (list) this.addBullet(list, bullet, i)
      else
        this.warn(
          i,
          'bullet-outside-section',
          'expected a numbered section heading before this bullet; bullet ignored',
        )
    } else {
      const list = open.subsection?.bullets ?? open.section?.bullets ?? null
      this.prose(t, i, previousBlank, indented, list)
    }
  }

  /** A line that is neither label, bullet nor heading, after the summary. */
  private prose(
    t: string,
    i: number,
    previousBlank: boolean,
    indented: boolean,
    list: string[] | null,
  ): void {
    const open = this.open
    if (!open) return
    const last = open.lastBullet
    // Right after a bullet, a line continues it (the bullet wrapped). Indented
    // under the bullet, it does so whatever follows: an episode header is never
    // indented, but the last key point's wrapped line is followed by "Details:",
    // or a wrapped line holds " - ", and either made it pass for a header.
    const wrapped = last !== null && !previousBlank
    if (!(wrapped && indented) && this.isEpisodeHeader(t, i)) {
      this.close()
      this.startEpisode(t, i)
      return
    }
    if (wrapped) {
      last.list[last.index] = `${last.list[last.index] ?? ''} ${t}`
      return
    }
    if (list) {
      this.warn(i, 'unmarked-bullet', 'expected a line starting with "•"; read it as a bullet')
      this.addBullet(list, t, i)
      return
    }
    this.warn(
      i,
      'unexpected-line',
      `expected a bullet, a numbered section or an episode header, found "${clip(t)}"; ignored`,
    )
  }

  private addBullet(list: string[], text: string, i: number): void {
    if (text === '') {
      this.warn(i, 'empty-bullet', 'a bullet with no text; ignored')
      return
    }
    list.push(text)
    if (this.open) this.open.lastBullet = { list, index: list.length - 1 }
  }

  /**
   * After a summary, a plain line starts a new episode when it begins with a
   * Top Podcast name, when "Key Points:"/"Details:" follows it, or when it has
   * the "Podcast - Title" shape and prose (not a bullet or heading) follows.
   */
  private isEpisodeHeader(t: string, i: number): boolean {
    if (this.podcastNames.some((name) => startsWithName(t, name))) return true
    const j = this.nextNonBlank[i] ?? -1
    const next = j < 0 ? null : (this.lines[j] ?? '').trim()
    if (next !== null && (isKeyPointsLabel(next) || isDetailsLabel(next))) return true
    if (!/ [-–—] /.test(t)) return false
    return (
      next === null || isTrailer(next) || (bulletText(next) === null && headingLine(next) === null)
    )
  }

  /**
   * Inside a summary the test is stricter (a summary paragraph may contain
   * " - " and is always followed by "Key Points:"): only a line that starts
   * with a Top Podcast name, after a blank line, ends an episode that has a
   * summary but nothing else (a truncated episode).
   */
  private startsNextEpisode(t: string, i: number, open: OpenEpisode): boolean {
    if (!open.summary.some((p) => p.length > 0)) return false
    return this.podcastNames.some((name) => startsWithName(t, name)) && this.isEpisodeHeader(t, i)
  }

  /**
   * The header's title wrapped onto the next line: right under the header, not
   * the end of a sentence, then a blank line and the summary. Read as the
   * summary's first paragraph, it cut the title short. A summary that follows
   * the header at once is a sentence, or is followed by "Key Points:".
   */
  private continuesHeader(t: string, i: number, open: OpenEpisode): boolean {
    if (i !== open.episode.line || open.episode.title === '') return false
    if (t.length > MAX_TITLE_WRAP || /[.!?:;,]$/.test(t)) return false
    const j = this.nextNonBlank[i] ?? -1
    if (j <= i + 1) return false
    const next = (this.lines[j] ?? '').trim()
    return (
      !isKeyPointsLabel(next) &&
      !isDetailsLabel(next) &&
      !isTrailer(next) &&
      bulletText(next) === null &&
      headingLine(next) === null
    )
  }

  private startEpisode(t: string, i: number): void {
    const structural =
      isKeyPointsLabel(t) || isDetailsLabel(t) || bulletText(t) !== null || headingLine(t) !== null
    const split = structural
      ? { podcast: '', title: '', issue: null }
      : splitEpisodeHeader(t, this.podcastNames)
    if (structural)
      this.warn(i, 'missing-episode-header', 'expected an episode header "Podcast - Title" here')
    if (split.issue) this.warn(i, split.issue.code, split.issue.message)
    const episode: RawEpisode = {
      line: i + 1,
      podcast: split.podcast,
      title: split.title,
      summary: '',
      keyPoints: [],
      sections: [],
    }
    this.open = {
      episode,
      state: 'summary',
      summary: [[]],
      sawKeyPoints: false,
      sawDetails: false,
      section: null,
      subsection: null,
      lastBullet: null,
      expectedSection: 1,
    }
    this.episodes.push(episode)
    if (structural) this.line(t, i, true)
  }

  private newSummaryParagraph(): void {
    const summary = this.open?.summary
    if (summary && (summary[summary.length - 1]?.length ?? 0) > 0) summary.push([])
  }

  private heading(h: HeadingLine, i: number): void {
    const open = this.open
    if (!open) return
    open.lastBullet = null
    const { emoji, title, damaged } = splitHeadingEmoji(h.rest)
    if (damaged)
      this.warn(i, 'damaged-emoji', `the heading's emoji "${emoji}" could not be repaired`)
    if (title === '') this.warn(i, 'heading-without-title', `section ${h.number} has no title`)
    const entry: RawSubsection = { line: i + 1, number: h.number, emoji, title, bullets: [] }
    if (h.minor !== null && open.section) {
      const expectedMinor = open.section.subsections.length + 1
      if (h.number !== `${open.section.number}.${expectedMinor}`) {
        this.warn(
          i,
          'subsection-out-of-order',
          `expected sub-section ${open.section.number}.${expectedMinor}, found ${h.number}`,
        )
      }
      open.section.subsections.push(entry)
      open.subsection = entry
      return
    }
    if (h.minor !== null) {
      this.warn(
        i,
        'subsection-outside-section',
        `sub-section ${h.number} comes before any section; read it as a section`,
      )
    } else if (h.major !== open.expectedSection) {
      this.warn(
        i,
        'section-out-of-order',
        `expected section ${open.expectedSection}, found ${h.number}`,
      )
    }
    open.expectedSection = h.major + 1
    const section: RawSection = { ...entry, subsections: [] }
    open.episode.sections.push(section)
    open.section = section
    open.subsection = null
  }

  private close(): void {
    const open = this.open
    if (!open) return
    this.open = null
    const { episode } = open
    episode.summary = open.summary
      .filter((p) => p.length > 0)
      .map((p) => p.join(' '))
      .join('\n\n')
    const at = episode.line - 1
    if (episode.summary === '')
      this.warn(at, 'missing-summary', 'expected a summary paragraph after the episode header')
    if (!open.sawKeyPoints)
      this.warn(at, 'missing-key-points', 'expected a "Key Points:" list in this episode')
    if (episode.sections.length === 0) {
      this.warn(
        at,
        'missing-details',
        open.sawDetails
          ? 'expected numbered sections after "Details:"'
          : 'expected a "Details:" part in this episode (is the file truncated?)',
      )
    }
    for (const section of episode.sections) {
      if (section.bullets.length === 0 && section.subsections.length === 0) {
        this.warn(
          section.line - 1,
          'empty-section',
          `section ${section.number} has no bullets and no sub-sections`,
        )
      }
      for (const sub of section.subsections) {
        if (sub.bullets.length === 0)
          this.warn(sub.line - 1, 'empty-subsection', `sub-section ${sub.number} has no bullets`)
      }
    }
  }
}
