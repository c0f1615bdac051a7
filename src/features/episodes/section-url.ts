import type { BookmarkRef } from '../../lib/storage/bookmark-schema'

/**
 * The deep link to a section: the episode's own address and the section's
 * fragment. Built from the episode, not from the address bar, which may hold
 * a trailing slash, a tracking parameter, capitals or escapes the reader
 * arrived with: the copied link is the one address of the section.
 */
export function sectionUrl(section: BookmarkRef, origin = window.location.origin): string {
  return `${origin}/digests/${section.date}/${section.episodeSlug}#${section.sectionId}`
}
