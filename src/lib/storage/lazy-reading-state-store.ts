import type { ReadingStateRecord } from './reading-state-schema'
import type { ReadingStateStore } from './reading-state-store'
import type { RecordSnapshot } from './record-store'

// The reading-state store (record store, schema, migrations: about 3 KB gzip)
// is needed by the overview only for its read marks and counts, which may
// appear a moment after the digest itself: it is loaded on first use instead
// of with the page, keeping the overview within its first-load budget
// (docs/decisions/0005-first-load-budget.md).

/** Before the store arrives: nothing read (as a page prerendered at build time also shows). */
const EMPTY: RecordSnapshot<ReadingStateRecord> = {
  value: { version: 1, episodes: [] },
  problem: null,
  corruptCopies: [],
}

/** Whether `snapshot` is the stand-in's, before the reader's data is in. */
export function isStandIn(snapshot: RecordSnapshot<ReadingStateRecord>): boolean {
  return snapshot === EMPTY
}

let store: ReadingStateStore | null = null
let loading: Promise<ReadingStateStore> | null = null
const waiting = new Set<() => void>()

function load(): Promise<ReadingStateStore> {
  loading ??= import('./reading-state-store').then((module) => {
    store = module.sharedReadingStateStore()
    for (const listener of waiting) listener()
    // Lists filtered to "Unread only" are hidden until now (public/theme-init.js).
    if (typeof document !== 'undefined') document.documentElement.dataset.readMarks = ''
    return store
  })
  return loading
}

/** Calls `act` with the store now if it is here, else as soon as it is. */
function withStore(act: (loaded: ReadingStateStore) => void): void {
  if (store) act(store)
  else void load().then(act)
}

/**
 * The tab's reading-state store behind a stand-in that answers at once: empty
 * until the real one has loaded (then its listeners hear of the change), and
 * changes made meanwhile applied when it arrives. `markAllRead` answers
 * from what is known now.
 */
export const lazyReadingStateStore: ReadingStateStore = {
  getSnapshot: () => store?.getSnapshot() ?? EMPTY,
  getServerSnapshot: () => EMPTY,
  subscribe(listener) {
    waiting.add(listener)
    let unsubscribe: (() => void) | null = null
    let active = true
    void load().then((loaded) => {
      if (active) unsubscribe = loaded.subscribe(listener)
    })
    return () => {
      active = false
      waiting.delete(listener)
      unsubscribe?.()
    }
  },
  setRead: (episode, read) => withStore((loaded) => loaded.setRead(episode, read)),
  markAllRead(episodes) {
    if (store) return store.markAllRead(episodes)
    void load().then((loaded) => loaded.markAllRead(episodes))
    return episodes.length
  },
  setLastSection: (episode, section) =>
    withStore((loaded) => loaded.setLastSection(episode, section)),
  updateEpisodes: (change) => withStore((loaded) => loaded.updateEpisodes(change)),
  discardCorruptCopy: (copy) => withStore((loaded) => loaded.discardCorruptCopy(copy)),
}

/** Starts loading the store (a page that records reading asks early). */
export function preloadReadingStateStore(): void {
  void load()
}

/**
 * The stored record as it was when a page arrived: at once when the store is
 * here (or is not the lazy one: tests hand in their own), else as soon as it
 * loads, before any change the page queued meanwhile is applied.
 */
export function recordOnArrival(
  from: ReadingStateStore,
): ReadingStateRecord | Promise<ReadingStateRecord> {
  if (from !== lazyReadingStateStore || store) return from.getSnapshot().value
  return load().then((loaded) => loaded.getSnapshot().value)
}

/**
 * The store itself, once loaded (at once when it is here, or when `from` is
 * not the lazy one). For a change whose outcome is read right away (how many
 * entries an import added): the stand-in applies a change made before the
 * store has loaded only later, and could only report "nothing changed".
 */
export function loadedReadingStateStore(
  from: ReadingStateStore,
): ReadingStateStore | Promise<ReadingStateStore> {
  if (from !== lazyReadingStateStore) return from
  return store ?? load()
}
