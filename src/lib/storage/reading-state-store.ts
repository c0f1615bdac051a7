import { keepContinueHint } from './continue-hint'
import { findEntry } from './reading-state'
import { fitReadingState, READING_STATE_BUDGET } from './reading-state-budget'
import { decodeReadingState } from './reading-state-migrations'
import {
  type EpisodeInfo,
  type LastSection,
  READING_STATE_VERSION,
  type ReadingEntry,
  type ReadingStateRecord,
  sameEpisode,
} from './reading-state-schema'
import {
  browserDeps,
  type CorruptCopy,
  createRecordStore,
  type RecordSnapshot,
  type RecordStoreDeps,
} from './record-store'
import { writeAfterPaint } from './write-after-paint'

/** Its own key, beside `digest-reader:bookmarks`: one record kind per key (decision 0004). */
export const READING_STATE_KEY = 'digest-reader:reading'

export interface ReadingStateStore {
  getSnapshot(): RecordSnapshot<ReadingStateRecord>
  getServerSnapshot(): RecordSnapshot<ReadingStateRecord>
  subscribe(listener: () => void): () => void
  /** The explicit "Mark as read" / "Mark as unread". */
  setRead(episode: EpisodeInfo, read: boolean): void
  /** "Mark all in this digest read"; returns how many were unread. */
  markAllRead(episodes: readonly EpisodeInfo[]): number
  /** Where the reader is now (section in view, opened or deep-linked). */
  setLastSection(episode: EpisodeInfo, section: LastSection): void
  /**
   * Replace the list of episodes (an import's merge, reading-state-merge.ts),
   * applied to what is stored now; returning the same array changes nothing.
   */
  updateEpisodes(change: (episodes: readonly ReadingEntry[]) => readonly ReadingEntry[]): void
  discardCorruptCopy(copy: CorruptCopy): void
}

export function emptyReadingState(): ReadingStateRecord {
  return { version: READING_STATE_VERSION, episodes: [] }
}

/**
 * In the browser the reading record is written after the paint a change
 * causes, not in the press: it grows with every episode read (decision 0004,
 * addendum "written after the paint").
 */
export function createReadingStateStore(
  deps: RecordStoreDeps = { ...browserDeps(), writeLater: writeAfterPaint },
  /** Characters the record may take in storage (reading-state-budget.ts). */
  budget: number = READING_STATE_BUDGET,
): ReadingStateStore {
  const store = createRecordStore<ReadingStateRecord>(
    {
      key: READING_STATE_KEY,
      decode: decodeReadingState,
      empty: emptyReadingState,
      // Years of history must not fill the origin's storage: bookmarks share it.
      fit: (record) => fitReadingState(record, budget),
    },
    deps,
  )
  const stamp = () => new Date(deps.now()).toISOString()

  /** Replace (or add, or with null remove) one episode's entry. */
  function put(
    record: ReadingStateRecord,
    episode: EpisodeInfo,
    next: ReadingEntry | null,
  ): ReadingStateRecord {
    const at = record.episodes.findIndex((entry) => sameEpisode(entry, episode))
    if (next === null) {
      return at === -1
        ? record
        : { ...record, episodes: record.episodes.filter((entry) => !sameEpisode(entry, episode)) }
    }
    if (at === -1) return { ...record, episodes: [...record.episodes, next] }
    // Kept in place, so an export lists episodes in the order they were first recorded.
    return { ...record, episodes: record.episodes.map((entry, i) => (i === at ? next : entry)) }
  }

  function blank(episode: EpisodeInfo): ReadingEntry {
    return { ...episode, readAt: null, lastSection: null, updatedAt: stamp() }
  }

  /** Titles may be missing (an entry migrated from v0): the page that records fills them in. */
  function withTitles(entry: ReadingEntry, episode: EpisodeInfo): ReadingEntry {
    return {
      ...entry,
      episodeTitle: episode.episodeTitle || entry.episodeTitle,
      podcast: episode.podcast || entry.podcast,
    }
  }

  function markRead(record: ReadingStateRecord, episode: EpisodeInfo): ReadingStateRecord {
    const current = findEntry(record, episode)
    if (current?.readAt) return record
    const now = stamp()
    return put(record, episode, {
      ...withTitles(current ?? blank(episode), episode),
      readAt: now,
      updatedAt: now,
    })
  }

  return {
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    subscribe: store.subscribe,
    setRead(episode, read) {
      store.update((record) => {
        if (read) return markRead(record, episode)
        const current = findEntry(record, episode)
        if (!current || current.readAt === null) return record
        // Nothing else to remember about it: drop the entry rather than keep an empty one.
        if (current.lastSection === null) return put(record, episode, null)
        return put(record, episode, { ...current, readAt: null, updatedAt: stamp() })
      })
    },
    markAllRead(episodes) {
      let marked = 0
      store.update((record) => {
        marked = 0
        let next = record
        for (const episode of episodes) {
          const after = markRead(next, episode)
          if (after !== next) marked += 1
          next = after
        }
        return next
      })
      return marked
    },
    setLastSection(episode, section) {
      store.update((record) => {
        const current = findEntry(record, episode)
        const last = current?.lastSection
        if (last && last.id === section.id && last.title === section.title) return record
        return put(record, episode, {
          ...withTitles(current ?? blank(episode), episode),
          lastSection: section,
          updatedAt: stamp(),
        })
      })
    },
    updateEpisodes(change) {
      store.update((record) => {
        const episodes = change(record.episodes)
        return episodes === record.episodes ? record : { ...record, episodes: [...episodes] }
      })
    },
    discardCorruptCopy: store.discardCorruptCopy,
  }
}

let shared: ReadingStateStore | null = null

/** The one store of this tab, created on first use (never at import time, so tests stay isolated). */
export function sharedReadingStateStore(): ReadingStateStore {
  if (!shared) {
    const store = createReadingStateStore()
    // The words "Continue where you left off" will say, kept for the next
    // page's first paint, follow every change wherever it is made (an episode
    // read on its own page, another tab, an import). After the paint, as the
    // record itself is written, and once for the changes of one frame: a
    // section reached while scrolling changes the record, and the words are
    // read from the whole of it (4,000 episodes for a long-time reader).
    let queued = false
    const keep = () => {
      if (queued) return
      queued = true
      writeAfterPaint(() => {
        queued = false
        keepContinueHint(store.getSnapshot().value)
      })
    }
    // Not while the build prerenders pages: there is no page to paint, nor storage.
    if (typeof document !== 'undefined') {
      store.subscribe(keep)
      keep()
    }
    shared = store
  }
  return shared
}
