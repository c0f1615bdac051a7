import type { EpisodeRef, ReadingEntry, ReadingStateRecord } from './reading-state-schema'

// Pure questions about a reading-state record, shared by the store, the
// episode page, the digest pages and the archive. Types only from the schema:
// the overview reads read marks without loading it.

export function episodeKey(ref: EpisodeRef): string {
  return `${ref.date}/${ref.episodeSlug}`
}

export function sameEpisode(a: EpisodeRef, b: EpisodeRef): boolean {
  return a.date === b.date && a.episodeSlug === b.episodeSlug
}

export function findEntry(record: ReadingStateRecord, ref: EpisodeRef): ReadingEntry | undefined {
  return record.episodes.find((entry) => sameEpisode(entry, ref))
}

/** Read keys per record: the archive asks about hundreds of episodes per render. */
const readKeysCache = new WeakMap<ReadingStateRecord, ReadonlySet<string>>()

function readKeys(record: ReadingStateRecord): ReadonlySet<string> {
  let keys = readKeysCache.get(record)
  if (!keys) {
    keys = new Set(
      record.episodes.filter((entry) => entry.readAt !== null).map((entry) => episodeKey(entry)),
    )
    readKeysCache.set(record, keys)
  }
  return keys
}

export function isRead(record: ReadingStateRecord, date: string, episodeSlug: string): boolean {
  return readKeys(record).has(episodeKey({ date, episodeSlug }))
}

/** How many of one digest's episodes (by slug) are not marked read. */
export function unreadCount(
  record: ReadingStateRecord,
  date: string,
  episodeSlugs: readonly string[],
): number {
  return episodeSlugs.filter((slug) => !isRead(record, date, slug)).length
}

export function time(iso: string): number {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? 0 : ms
}

/** The unfinished episode touched last (unread, with a section to return to), for "Continue". */
export function latestUnfinished(record: ReadingStateRecord): ReadingEntry | null {
  let latest: ReadingEntry | null = null
  for (const entry of record.episodes) {
    if (entry.readAt !== null || entry.lastSection === null) continue
    if (!latest || time(entry.updatedAt) > time(latest.updatedAt)) latest = entry
  }
  return latest
}
