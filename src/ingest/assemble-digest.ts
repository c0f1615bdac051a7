import type { Digest, Episode, Section, Subsection, TopPodcast } from '../schema/digest'
import type { Issue } from '../schema/report'
import { warning } from './issues'
import type { RawDigest, RawEpisode, RawSubsection } from './raw-digest'
import { emojiLabel } from './repair/emoji-label'
import { podcastSlug, SlugNamespace, slugify } from './slug'
import { topicKey, topicKeys } from './topics'

/**
 * Derives what the text only implies: slugs and anchor ids (from titles, in
 * document order, so a re-ingest gives the same ids), each Top Podcast
 * line's episode, and topics. Kept apart from the line reader so a test can
 * build a valid Digest from content alone (see digest-arbitrary.ts).
 */
export function assembleDigest(raw: RawDigest, file: string): { digest: Digest; issues: Issue[] } {
  const issues: Issue[] = []
  const episodeSlugs = new SlugNamespace()
  const episodes: Episode[] = raw.episodes.map((e) => {
    const base = slugify(e.title, 'episode')
    const slug = episodeSlugs.claim(base)
    if (slug !== base) {
      issues.push(
        warning(
          { file, line: e.line },
          'duplicate-episode-title',
          `another episode already has the slug "${base}"; this one is "${slug}"`,
        ),
      )
    }
    return assembleEpisode(e, slug)
  })
  const topPodcasts = matchTopPodcasts(raw, episodes, file, issues)
  raw.episodes.forEach((e, i) => {
    if (episodes[i]?.oneLine === null) {
      issues.push(
        warning(
          { file, line: e.line },
          'missing-top-podcast',
          `no Top Podcast line for "${e.podcast}"; the episode has no one-line summary`,
        ),
      )
    }
  })
  return {
    digest: { date: raw.date, site: raw.site, title: raw.title, topPodcasts, episodes },
    issues,
  }
}

function assembleEpisode(e: RawEpisode, slug: string): Episode {
  // Sections and sub-sections are anchors on one page: one namespace.
  const ids = new SlugNamespace()
  const sections: Section[] = e.sections.map((s) => ({
    ...subsection(s, ids),
    subsections: s.subsections.map((sub) => subsection(sub, ids)),
  }))
  // Topics say what an episode is about: its summary and key points name it,
  // and headings add their names. Bullets are left out on purpose: they are
  // about 70% of the text (and of the ingest's time on a large archive) and
  // mostly repeat names the summary already gives, or add passing mentions
  // that would relate posts to episodes only loosely.
  const headings = [e.title]
  const prose = [e.summary, ...e.keyPoints]
  for (const s of e.sections) {
    headings.push(s.title)
    for (const sub of s.subsections) headings.push(sub.title)
  }
  return {
    slug,
    podcast: e.podcast,
    podcastSlug: podcastSlug(e.podcast),
    title: e.title,
    oneLine: null,
    summary: e.summary,
    keyPoints: [...e.keyPoints],
    sections,
    topics: topicKeys({ prose, headings }),
  }
}

function subsection(s: RawSubsection, ids: SlugNamespace): Subsection {
  return {
    // Claimed in document order: a section's id before its sub-sections'.
    id: ids.claim(slugify(s.title, 'section')),
    number: s.number,
    emoji: s.emoji,
    // A name for screen readers; null for no emoji or one emojibase does not know.
    emojiLabel: s.emoji === null ? null : emojiLabel(s.emoji),
    title: s.title,
    bullets: [...s.bullets],
  }
}

/**
 * Each Top Podcast line introduces the first not-yet-matched episode of that
 * podcast, in document order (names compared by topic key, so "All-In
 * Podcast" matches "All In Podcast").
 */
function matchTopPodcasts(
  raw: RawDigest,
  episodes: Episode[],
  file: string,
  issues: Issue[],
): TopPodcast[] {
  const matched = new Set<number>()
  return raw.topPodcasts.map((t) => {
    const key = podcastKey(t.podcast)
    const index = episodes.findIndex((e, i) => !matched.has(i) && podcastKey(e.podcast) === key)
    const episode = episodes[index]
    if (!episode) {
      issues.push(
        warning(
          { file, line: t.line },
          'unmatched-top-podcast',
          `no episode of "${t.podcast}" in this digest for this Top Podcast line`,
        ),
      )
      return {
        podcast: t.podcast,
        podcastSlug: podcastSlug(t.podcast),
        oneLine: t.oneLine,
        episodeSlug: null,
      }
    }
    matched.add(index)
    episode.oneLine = t.oneLine
    return {
      podcast: t.podcast,
      podcastSlug: podcastSlug(t.podcast),
      oneLine: t.oneLine,
      episodeSlug: episode.slug,
    }
  })
}

function podcastKey(name: string): string {
  return topicKey(name) || name.trim().toLowerCase()
}
