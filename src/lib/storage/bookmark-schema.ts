import * as z from 'zod/mini'
import { isoDate, slug } from '../../schema/digest'

/**
 * One saved section. The titles are copied at save time so that a bookmark
 * whose section later disappears from the published digest can still be shown
 * for what it was.
 */
export const bookmarkSchema = z.object({
  date: isoDate,
  episodeSlug: slug,
  /** A section's or a sub-section's id: they share one namespace per episode. */
  sectionId: slug,
  digestTitle: z.string(),
  episodeTitle: z.string(),
  podcast: z.string(),
  sectionTitle: z.string(),
  /** As printed: "7" or "7.1". */
  sectionNumber: z.string(),
  /** ISO 8601 timestamp. */
  savedAt: z.string(),
})

export const BOOKMARKS_VERSION = 1

/** What is stored under the bookmarks key and what an export file holds. */
export const bookmarkRecordSchema = z.object({
  version: z.literal(BOOKMARKS_VERSION),
  bookmarks: z.array(bookmarkSchema),
})

export type Bookmark = z.infer<typeof bookmarkSchema>
export type BookmarkRecord = z.infer<typeof bookmarkRecordSchema>
/** What identifies a bookmark: one section of one episode of one digest. */
export type BookmarkRef = Pick<Bookmark, 'date' | 'episodeSlug' | 'sectionId'>
/** What the episode page hands over; the store adds `savedAt`. */
export type NewBookmark = Omit<Bookmark, 'savedAt'>

export function sameBookmark(a: BookmarkRef, b: BookmarkRef): boolean {
  return a.date === b.date && a.episodeSlug === b.episodeSlug && a.sectionId === b.sectionId
}

export function bookmarkKey(ref: BookmarkRef): string {
  return `${ref.date}/${ref.episodeSlug}#${ref.sectionId}`
}
