import * as v from 'valibot'
import { isoDate, slug } from '../../schema/digest'

/**
 * One saved section. The titles are copied at save time so that a bookmark
 * whose section later disappears from the published digest can still be shown
 * for what it was.
 */
export const bookmarkSchema = v.object({
  date: isoDate,
  episodeSlug: slug,
  /** A section's or a sub-section's id: they share one namespace per episode. */
  sectionId: slug,
  digestTitle: v.string(),
  episodeTitle: v.string(),
  podcast: v.string(),
  sectionTitle: v.string(),
  /** As printed: "7" or "7.1". */
  sectionNumber: v.string(),
  /** ISO 8601 timestamp. */
  savedAt: v.string(),
})

export const BOOKMARKS_VERSION = 1

/** What is stored under the bookmarks key and what an export file holds. */
export const bookmarkRecordSchema = v.object({
  version: v.literal(BOOKMARKS_VERSION),
  bookmarks: v.array(bookmarkSchema),
})

export type Bookmark = v.InferOutput<typeof bookmarkSchema>
export type BookmarkRecord = v.InferOutput<typeof bookmarkRecordSchema>
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
