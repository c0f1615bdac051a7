import * as v from 'valibot'
import { isoDate, slug } from '../../schema/digest'

/**
 * Where the reader was in an episode: the section in view, last opened or
 * deep-linked. Its number and title are copied so "Continue where you left
 * off" can name it without fetching the digest (and after a re-ingest that
 * renamed it).
 */
export const lastSectionSchema = v.object({
  id: slug,
  /** As printed: "7" or "7.1". */
  number: v.string(),
  title: v.string(),
})

/** One episode the reader has marked read or started reading. */
export const readingEntrySchema = v.object({
  date: isoDate,
  episodeSlug: slug,
  /** Copied when recorded, for the overview's "Continue" link to other days. */
  episodeTitle: v.string(),
  podcast: v.string(),
  /** ISO 8601 timestamp of the explicit "Mark as read"; null while unread. */
  readAt: v.nullable(v.string()),
  lastSection: v.nullable(lastSectionSchema),
  /** ISO 8601 timestamp of the last change: orders "most recent" and settles import merges. */
  updatedAt: v.string(),
})

export const READING_STATE_VERSION = 1

/** What is stored under the reading-state key and what an export file holds beside the bookmarks. */
export const readingStateRecordSchema = v.object({
  version: v.literal(READING_STATE_VERSION),
  episodes: v.array(readingEntrySchema),
})

export type LastSection = v.InferOutput<typeof lastSectionSchema>
export type ReadingEntry = v.InferOutput<typeof readingEntrySchema>
export type ReadingStateRecord = v.InferOutput<typeof readingStateRecordSchema>
/** What identifies an entry: one episode of one digest. */
export type EpisodeRef = Pick<ReadingEntry, 'date' | 'episodeSlug'>
/** What a page hands over about the episode it records. */
export type EpisodeInfo = Pick<ReadingEntry, 'date' | 'episodeSlug' | 'episodeTitle' | 'podcast'>

// Kept in reading-state.ts, which pages import without the schema.
export { episodeKey, sameEpisode } from './reading-state'
