import * as v from 'valibot'
import { countDays } from './archive-dates'
import { isoDate, slug } from './digest'

// The small files the app loads first or on demand, so that the first paint
// does not grow with the archive: `index.json` (always), `months/<YYYY-MM>.json`
// (archive pages), `podcasts/<slug>.json` (podcast pages) and its older parts
// `podcasts/<slug>/<part>.json`, `posts.json`.

export const episodeRefSchema = v.object({
  date: isoDate,
  slug,
  podcast: v.string(),
  podcastSlug: slug,
  title: v.string(),
  oneLine: v.nullable(v.string()),
})

export const digestSummarySchema = v.object({
  date: isoDate,
  title: v.string(),
  episodes: v.array(episodeRefSchema),
})

/** A month of the archive (version 2): its digest days as ranges (archive-dates.ts). */
const monthOfDaysSchema = v.pipe(
  v.object({ month: v.string(), count: v.number(), days: v.string() }),
  v.check(
    (entry) => countDays(entry.month, entry.days) === entry.count,
    'days must name `count` days of the month, newest first',
  ),
)

/**
 * A month as version 1 wrote it, every date in full: still read, because a
 * reader's offline copy of index.json (the service worker's cache) may be
 * one written before the new app arrived.
 */
const monthOfDatesSchema = v.object({
  month: v.string(),
  count: v.number(),
  dates: v.array(isoDate),
})

export const siteIndexSchema = v.object({
  /** Bumped when the published layout changes incompatibly (2: months list their days as ranges). */
  version: v.union([v.literal(1), v.literal(2)]),
  site: v.string(),
  /** Newest digest date, or null for an empty archive. */
  latest: v.nullable(isoDate),
  digestCount: v.number(),
  /** Newest first; each month file holds that month's digest summaries. */
  months: v.array(v.union([monthOfDaysSchema, monthOfDatesSchema])),
  podcasts: v.array(v.object({ slug, name: v.string(), episodeCount: v.number() })),
  postCount: v.number(),
})

export const monthFileSchema = v.object({
  month: v.string(),
  /** Newest first. */
  digests: v.array(digestSummarySchema),
})

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Where a long podcast's older episodes are: `podcasts/<slug>/<part>.json`. */
export const podcastPartRefSchema = v.object({
  /** 1 is the oldest part; a part, once written, keeps its episodes as the podcast grows. */
  part: v.pipe(v.number(), v.integer(), v.minValue(1)),
  count,
  /** Digests (days) its episodes are in: a part holds whole days. */
  digestCount: count,
  /** The dates it spans, so a year's episodes are fetched from the parts that hold them. */
  newest: isoDate,
  oldest: isoDate,
})

export const podcastFileSchema = v.object({
  slug,
  name: v.string(),
  /**
   * Newest first: every episode, or, when `older` is there, the newest ones.
   * A daily show has thousands over years of digests (1.6 MB in one file at
   * 10,000 digests); its page shows a hundred at a time (decision 0018).
   */
  episodes: v.array(episodeRefSchema),
  /** The parts that hold the rest, newest first. Absent when `episodes` holds them all. */
  older: v.optional(v.array(podcastPartRefSchema)),
  /** With `older`: every year's episode count, newest year first. */
  years: v.optional(v.array(v.object({ year: v.pipe(v.string(), v.regex(/^\d{4}$/)), count }))),
  /** With `older`: how many digests (days) all its episodes are in. */
  digestCount: v.optional(count),
})

export const podcastPartSchema = v.object({
  slug,
  part: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Newest first. */
  episodes: v.array(episodeRefSchema),
})

export const postSummarySchema = v.object({
  slug,
  title: v.string(),
  date: v.nullable(isoDate),
  excerpt: v.string(),
  topics: v.array(v.string()),
})

export const postListSchema = v.object({ posts: v.array(postSummarySchema) })

export type EpisodeRef = v.InferOutput<typeof episodeRefSchema>
export type DigestSummary = v.InferOutput<typeof digestSummarySchema>
export type SiteIndex = v.InferOutput<typeof siteIndexSchema>
export type MonthFile = v.InferOutput<typeof monthFileSchema>
export type PodcastFile = v.InferOutput<typeof podcastFileSchema>
export type PodcastPartRef = v.InferOutput<typeof podcastPartRefSchema>
export type PodcastPart = v.InferOutput<typeof podcastPartSchema>
export type PostSummary = v.InferOutput<typeof postSummarySchema>
export type PostList = v.InferOutput<typeof postListSchema>
