import * as z from 'zod/mini'

// One module describes every published file; the ingest validates what it
// writes and the app validates what it reads, with these same schemas.
// zod/mini keeps the app bundle small (see docs/decisions/0002-schema.md).

/** `2025-02-03`: a digest's identity and its URL segment. */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
/** Lower-case ASCII words joined by `-`: URL-safe, derived from content. */
export const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))

export const subsectionSchema = z.object({
  /** Stable anchor, unique within the episode (sections and sub-sections share one namespace). */
  id: slug,
  /** As printed: "7.1". */
  number: z.string(),
  /** The heading's emoji after repair, or null when the heading has none. */
  emoji: z.nullable(z.string()),
  /** A short English name of the emoji for screen readers ("money bag"). */
  emojiLabel: z.nullable(z.string()),
  title: z.string(),
  bullets: z.array(z.string()),
})

export const sectionSchema = z.object({
  ...subsectionSchema.shape,
  subsections: z.array(subsectionSchema),
})

export const episodeSchema = z.object({
  /** From the episode title, unique within the digest. */
  slug,
  podcast: z.string(),
  podcastSlug: slug,
  title: z.string(),
  /** The Top Podcast line for this episode, or null when the list has none. */
  oneLine: z.nullable(z.string()),
  summary: z.string(),
  keyPoints: z.array(z.string()),
  sections: z.array(sectionSchema),
  /** Normalised topic keys ("deepseek") used to relate posts and episodes. */
  topics: z.array(z.string()),
})

export const topPodcastSchema = z.object({
  podcast: z.string(),
  podcastSlug: slug,
  oneLine: z.string(),
  /** The episode this line introduces, or null when no episode matched. */
  episodeSlug: z.nullable(slug),
})

export const digestSchema = z.object({
  date: isoDate,
  site: z.string(),
  title: z.string(),
  topPodcasts: z.array(topPodcastSchema),
  episodes: z.array(episodeSchema),
})

export type Subsection = z.infer<typeof subsectionSchema>
export type Section = z.infer<typeof sectionSchema>
export type Episode = z.infer<typeof episodeSchema>
export type TopPodcast = z.infer<typeof topPodcastSchema>
export type Digest = z.infer<typeof digestSchema>
