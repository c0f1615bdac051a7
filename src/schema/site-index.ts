import * as z from 'zod/mini'
import { countDays } from './archive-dates'
import { isoDate, slug } from './digest'

// The small files the app loads first or on demand, so that the first paint
// does not grow with the archive: `index.json` (always), `months/<YYYY-MM>.json`
// (archive pages), `podcasts/<slug>.json` (podcast pages), `posts.json`.

export const episodeRefSchema = z.object({
  date: isoDate,
  slug,
  podcast: z.string(),
  podcastSlug: slug,
  title: z.string(),
  oneLine: z.nullable(z.string()),
})

export const digestSummarySchema = z.object({
  date: isoDate,
  title: z.string(),
  episodes: z.array(episodeRefSchema),
})

/** A month of the archive (version 2): its digest days as ranges (archive-dates.ts). */
const monthOfDaysSchema = z
  .object({ month: z.string(), count: z.number(), days: z.string() })
  .check(
    z.refine((entry) => countDays(entry.month, entry.days) === entry.count, {
      message: 'days must name `count` days of the month, newest first',
    }),
  )

/**
 * A month as version 1 wrote it, every date in full: still read, because a
 * reader's offline copy of index.json (the service worker's cache) may be
 * one written before the new app arrived.
 */
const monthOfDatesSchema = z.object({
  month: z.string(),
  count: z.number(),
  dates: z.array(isoDate),
})

export const siteIndexSchema = z.object({
  /** Bumped when the published layout changes incompatibly (2: months list their days as ranges). */
  version: z.union([z.literal(1), z.literal(2)]),
  site: z.string(),
  /** Newest digest date, or null for an empty archive. */
  latest: z.nullable(isoDate),
  digestCount: z.number(),
  /** Newest first; each month file holds that month's digest summaries. */
  months: z.array(z.union([monthOfDaysSchema, monthOfDatesSchema])),
  podcasts: z.array(z.object({ slug, name: z.string(), episodeCount: z.number() })),
  postCount: z.number(),
})

export const monthFileSchema = z.object({
  month: z.string(),
  /** Newest first. */
  digests: z.array(digestSummarySchema),
})

export const podcastFileSchema = z.object({
  slug,
  name: z.string(),
  /** Newest first. */
  episodes: z.array(episodeRefSchema),
})

export const postSummarySchema = z.object({
  slug,
  title: z.string(),
  date: z.nullable(isoDate),
  excerpt: z.string(),
  topics: z.array(z.string()),
})

export const postListSchema = z.object({ posts: z.array(postSummarySchema) })

export type EpisodeRef = z.infer<typeof episodeRefSchema>
export type DigestSummary = z.infer<typeof digestSummarySchema>
export type SiteIndex = z.infer<typeof siteIndexSchema>
export type MonthFile = z.infer<typeof monthFileSchema>
export type PodcastFile = z.infer<typeof podcastFileSchema>
export type PostSummary = z.infer<typeof postSummarySchema>
export type PostList = z.infer<typeof postListSchema>
