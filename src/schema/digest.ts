import * as v from 'valibot'

// One module describes every published file; the ingest validates what it
// writes and the app validates what it reads, with these same schemas.
// valibot, whose functions the bundler keeps one by one, keeps the app's
// bundle small (docs/decisions/0002-schema.md).

/** `2025-02-03`: a digest's identity and its URL segment. */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
/** Lower-case ASCII words joined by `-`: URL-safe, derived from content. */
export const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))

export const subsectionSchema = v.object({
  /** Stable anchor, unique within the episode (sections and sub-sections share one namespace). */
  id: slug,
  /** As printed: "7.1". */
  number: v.string(),
  /** The heading's emoji after repair, or null when the heading has none. */
  emoji: v.nullable(v.string()),
  /** A short English name of the emoji for screen readers ("money bag"). */
  emojiLabel: v.nullable(v.string()),
  title: v.string(),
  bullets: v.array(v.string()),
})

export const sectionSchema = v.object({
  ...subsectionSchema.entries,
  subsections: v.array(subsectionSchema),
})

export const episodeSchema = v.object({
  /** From the episode title, unique within the digest. */
  slug,
  podcast: v.string(),
  podcastSlug: slug,
  title: v.string(),
  /** The Top Podcast line for this episode, or null when the list has none. */
  oneLine: v.nullable(v.string()),
  /** Paragraphs as printed, separated by a blank line ("\n\n"): see summaryParagraphs. */
  summary: v.string(),
  keyPoints: v.array(v.string()),
  sections: v.array(sectionSchema),
  /** Normalised topic keys ("deepseek") used to relate posts and episodes. */
  topics: v.array(v.string()),
})

export const topPodcastSchema = v.object({
  podcast: v.string(),
  podcastSlug: slug,
  oneLine: v.string(),
  /** The episode this line introduces, or null when no episode matched. */
  episodeSlug: v.nullable(slug),
})

export const digestSchema = v.object({
  date: isoDate,
  site: v.string(),
  title: v.string(),
  topPodcasts: v.array(topPodcastSchema),
  episodes: v.array(episodeSchema),
})

/**
 * An episode summary's paragraphs. The ingest has always joined a summary's
 * paragraphs with a blank line, so every published digest already carries
 * them; a summary of one paragraph is one (decision 0002, addendum of 2026-12-07).
 */
export function summaryParagraphs(summary: string): string[] {
  return summary.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '')
}

export type Subsection = v.InferOutput<typeof subsectionSchema>
export type Section = v.InferOutput<typeof sectionSchema>
export type Episode = v.InferOutput<typeof episodeSchema>
export type TopPodcast = v.InferOutput<typeof topPodcastSchema>
export type Digest = v.InferOutput<typeof digestSchema>
