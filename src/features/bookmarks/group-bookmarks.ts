import type { Bookmark } from '../../lib/storage/bookmark-schema'
import type { Digest } from '../../schema/digest'

/**
 * What the published data says about a bookmark's section:
 * - `present`: still in the digest;
 * - `missing`: the digest, the episode or the section is gone (re-ingested, renamed);
 * - `unknown`: the digest is still loading or failed to load: no claim either way.
 */
export type BookmarkStatus = 'present' | 'missing' | 'unknown'

/** A published digest, `'missing'` when the server has none for that date, or undefined while unknown. */
export type PublishedDigest = Digest | 'missing' | undefined

export interface BookmarkItem {
  bookmark: Bookmark
  status: BookmarkStatus
  /** Saved title, or the published one for bookmarks saved without titles (v0). */
  title: string
  number: string
}

export interface EpisodeGroup {
  /** Whether the episode is still in its digest (`missing` too when the digest is gone). */
  status: BookmarkStatus
  episodeSlug: string
  episodeTitle: string
  podcast: string
  items: BookmarkItem[]
}

export interface DigestGroup {
  /** Whether the day's digest is still published. */
  status: BookmarkStatus
  date: string
  digestTitle: string
  episodes: EpisodeGroup[]
}

/**
 * ISO dates and slugs are ASCII: their code-unit order is the order wanted,
 * and unlike localeCompare it makes no ICU collator (lib/format-date).
 */
const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Bookmarks grouped by digest (newest first), then episode (in the digest's
 * order when known), then section (in printed order: 2 < 7 < 7.1 < 10).
 */
export function groupBookmarks(
  bookmarks: readonly Bookmark[],
  published: (date: string) => PublishedDigest,
): DigestGroup[] {
  const byDate = new Map<string, Bookmark[]>()
  for (const bookmark of bookmarks) {
    const list = byDate.get(bookmark.date) ?? []
    list.push(bookmark)
    byDate.set(bookmark.date, list)
  }

  return [...byDate.entries()]
    .sort(([a], [b]) => compareCodeUnits(b, a))
    .map(([date, list]) => {
      const digest = published(date)
      const bySlug = new Map<string, Bookmark[]>()
      for (const bookmark of list) {
        const group = bySlug.get(bookmark.episodeSlug) ?? []
        group.push(bookmark)
        bySlug.set(bookmark.episodeSlug, group)
      }
      const order = (slug: string) => {
        if (typeof digest !== 'object') return Number.MAX_SAFE_INTEGER
        const at = digest.episodes.findIndex((episode) => episode.slug === slug)
        return at === -1 ? Number.MAX_SAFE_INTEGER : at
      }
      const episodes = [...bySlug.entries()]
        .sort(([a], [b]) => order(a) - order(b) || compareCodeUnits(a, b))
        .map(([episodeSlug, saved]) => episodeGroup(episodeSlug, saved, digest))
      const first = list[0]
      return {
        status: statusOf(digest, typeof digest === 'object'),
        date,
        digestTitle: first?.digestTitle || (typeof digest === 'object' ? digest.title : ''),
        episodes,
      }
    })
}

function episodeGroup(
  episodeSlug: string,
  saved: Bookmark[],
  digest: PublishedDigest,
): EpisodeGroup {
  const episode =
    typeof digest === 'object'
      ? digest.episodes.find((candidate) => candidate.slug === episodeSlug)
      : undefined
  const first = saved[0]
  const items = saved
    .map((bookmark): BookmarkItem => {
      const section = episode ? findSection(episode, bookmark.sectionId) : undefined
      const status = statusOf(digest, section !== undefined)
      return {
        bookmark,
        status,
        title: bookmark.sectionTitle || section?.title || bookmark.sectionId,
        number: bookmark.sectionNumber || section?.number || '',
      }
    })
    .sort((a, b) => compareNumbers(a.number, b.number))
  return {
    status: statusOf(digest, episode !== undefined),
    episodeSlug,
    episodeTitle: first?.episodeTitle || episode?.title || episodeSlug,
    podcast: first?.podcast || episode?.podcast || '',
    items,
  }
}

/** No claim while the digest is unknown; else whether the thing looked for was found in it. */
function statusOf(digest: PublishedDigest, found: boolean): BookmarkStatus {
  if (digest === undefined) return 'unknown'
  return found ? 'present' : 'missing'
}

function findSection(episode: Digest['episodes'][number], id: string) {
  for (const section of episode.sections) {
    if (section.id === id) return section
    const sub = section.subsections.find((candidate) => candidate.id === id)
    if (sub) return sub
  }
  return undefined
}

/** "7.1" vs "10": part by part, as numbers; unnumbered ones last. */
export function compareNumbers(a: string, b: string): number {
  if (a === b) return 0
  if (a === '') return 1
  if (b === '') return -1
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1)
    if (diff !== 0) return diff
  }
  return 0
}

/** How many bookmarks the groups hold. */
export function bookmarkCount(groups: readonly DigestGroup[]): number {
  let count = 0
  for (const digest of groups) for (const episode of digest.episodes) count += episode.items.length
  return count
}
