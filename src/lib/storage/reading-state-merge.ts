import { loadedReadingStateStore } from './lazy-reading-state-store'
import { time } from './reading-state'
import { episodeKey, type ReadingEntry } from './reading-state-schema'
import type { ReadingStateStore } from './reading-state-store'

// Merging an imported file into the stored reading state. Apart from the
// store so the pages that only read and mark (overview, episode) do not ship it.

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

/**
 * Merge imported entries into the store (one write, applied to what is
 * stored now). Waits for the lazily loaded store: the counts come from the
 * write itself, which the stand-in would make only once the store is in
 * (an import on a freshly opened page said "0 episodes added").
 */
export async function mergeIntoReadingState(
  from: ReadingStateStore,
  entries: readonly ReadingEntry[],
): Promise<ReadingMergeResult> {
  const store = await loadedReadingStateStore(from)
  let outcome: ReadingMergeResult = { added: 0, updated: 0, unchanged: 0 }
  store.updateEpisodes((current) => {
    const { episodes, result } = mergeReadingEntries(current, entries)
    outcome = result
    return result.added + result.updated === 0 ? current : episodes
  })
  return outcome
}
