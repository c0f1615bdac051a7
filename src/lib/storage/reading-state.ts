import {
  type EpisodeRef,
  episodeKey,
  type ReadingEntry,
  type ReadingStateRecord,
  sameEpisode,
} from './reading-state-schema'

// Pure questions about a reading-state record, shared by the store, the
// episode page, the digest pages and the archive.

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

function time(iso: string): number {
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

export interface ReadingMergeResult {
  /** Episodes this browser knew nothing about. */
  added: number
  /** Episodes that gained a read mark or a later position. */
  updated: number
  unchanged: number
}

/**
 * Merge imported entries into the stored ones. Nothing the reader did here is
 * undone: an episode read in either place stays read (the earlier mark is
 * kept), and the position recorded later wins.
 */
export function mergeReadingEntries(
  existing: readonly ReadingEntry[],
  incoming: readonly ReadingEntry[],
): { episodes: ReadingEntry[]; result: ReadingMergeResult } {
  const episodes = [...existing]
  const at = new Map(episodes.map((entry, index) => [episodeKey(entry), index]))
  const result: ReadingMergeResult = { added: 0, updated: 0, unchanged: 0 }
  for (const entry of incoming) {
    const key = episodeKey(entry)
    const index = at.get(key)
    const current = index === undefined ? undefined : episodes[index]
    if (index === undefined || !current) {
      at.set(key, episodes.length)
      episodes.push(entry)
      result.added += 1
      continue
    }
    const merged = mergeEntry(current, entry)
    if (merged === current) {
      result.unchanged += 1
    } else {
      episodes[index] = merged
      result.updated += 1
    }
  }
  return { episodes, result }
}

function mergeEntry(current: ReadingEntry, incoming: ReadingEntry): ReadingEntry {
  const incomingIsLater = time(incoming.updatedAt) > time(current.updatedAt)
  const readAt =
    current.readAt !== null && incoming.readAt !== null
      ? time(incoming.readAt) < time(current.readAt)
        ? incoming.readAt
        : current.readAt
      : (current.readAt ?? incoming.readAt)
  const lastSection =
    incomingIsLater && incoming.lastSection !== null
      ? incoming.lastSection
      : (current.lastSection ?? incoming.lastSection)
  const merged: ReadingEntry = {
    ...current,
    episodeTitle: current.episodeTitle || incoming.episodeTitle,
    podcast: current.podcast || incoming.podcast,
    readAt,
    lastSection,
    updatedAt: incomingIsLater ? incoming.updatedAt : current.updatedAt,
  }
  return sameEntry(merged, current) ? current : merged
}

function sameEntry(a: ReadingEntry, b: ReadingEntry): boolean {
  return (
    a.episodeTitle === b.episodeTitle &&
    a.podcast === b.podcast &&
    a.readAt === b.readAt &&
    a.updatedAt === b.updatedAt &&
    a.lastSection?.id === b.lastSection?.id &&
    a.lastSection?.number === b.lastSection?.number &&
    a.lastSection?.title === b.lastSection?.title
  )
}
