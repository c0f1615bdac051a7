import {
  browserLocalStorage,
  isQuotaError,
  type KeyValueStorage,
  keysWithPrefix,
} from './browser-storage'

/**
 * A generic store for one kind of record kept in localStorage under one key
 * (bookmarks now, reading state later): versioned, validated on every read,
 * shared by every component of a tab (useSyncExternalStore) and kept in step
 * across tabs (the `storage` event).
 *
 * Its promises, in order of importance:
 * 1. Never lose what is stored. Data that fails validation is moved aside to
 *    `<key>:corrupt:<timestamp>` before anything is written over it; if even
 *    that fails, the original key is never written in this tab.
 * 2. Never crash. Storage that throws (disabled, full) leaves the app working
 *    in memory; the snapshot says why, so the UI can show a notice.
 */

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; reason: string }

export interface RecordKind<T> {
  /** The localStorage key, e.g. `digest-reader:bookmarks`. */
  key: string
  /** Parsed JSON (any stored version) -> the current version, migrated and validated. */
  decode: (json: unknown) => DecodeResult<T>
  /** What a first visit starts with. */
  empty: () => T
  /**
   * The value as it is written, for a record that could otherwise crowd the
   * others out of the origin's storage: it gives up what it can spare
   * (reading-state-budget.ts). Applied to every write and to a stored value
   * as it is read; what it returns is then what the tab shows too, so the tab
   * and storage agree. It returns its argument when there is nothing to give up.
   */
  fit?: (value: T) => T
}

/**
 * Why the record lives only in this tab's memory:
 * - `unavailable`: localStorage throws on access (disabled or blocked);
 * - `quota`: storage is full, the latest changes could not be written;
 * - `blocked`: unreadable data could not be moved aside, so it is left where
 *   it is and nothing is written over it until the reader has dealt with it.
 */
export type StorageProblem = 'unavailable' | 'quota' | 'blocked'

export interface CorruptCopy {
  /** Where the raw value now lives, or null when it could be kept only in this tab's memory. */
  key: string | null
  raw: string
  /** Milliseconds since the epoch, from the key's suffix for copies of earlier visits. */
  movedAt: number
}

export interface RecordSnapshot<T> {
  value: T
  problem: StorageProblem | null
  corruptCopies: readonly CorruptCopy[]
}

export interface RecordStore<T> {
  getSnapshot(): RecordSnapshot<T>
  /**
   * What a page prerendered at build time shows (nothing saved, no problem):
   * React uses it while hydrating that HTML, then moves to the reader's own
   * data, so the server markup and the first client render always agree.
   */
  getServerSnapshot(): RecordSnapshot<T>
  subscribe(listener: () => void): () => void
  /** Apply a change; returning the same value is a no-op. */
  update(change: (current: T) => T): void
  /** The reader has downloaded (or does not want) a corrupt copy: delete it. */
  discardCorruptCopy(copy: CorruptCopy): void
}

export interface RecordStoreDeps {
  /** May throw: that is how a disabled localStorage shows itself. */
  storage: () => KeyValueStorage
  now: () => number
  /** Where `storage` events arrive (window), or null where there is none. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null
  /**
   * When given, a change is shown at once and written when this calls back
   * (write-after-paint.ts: after the next paint, or at once when the page is
   * hidden or left), for a record so large that writing it would hold up the
   * paint the change caused. Without it, each change is written as it is made.
   */
  writeLater?: (write: () => void) => void
}

export function browserDeps(): RecordStoreDeps {
  return {
    storage: browserLocalStorage,
    now: () => Date.now(),
    events: typeof window === 'undefined' ? null : window,
  }
}

export function corruptKeyPrefix(key: string): string {
  return `${key}:corrupt:`
}

/**
 * Stores of this tab holding changes storage has not taken (`unsaved`), each
 * with a way to try its write again. Room helps only those refused for lack
 * of it (quota); for the others the retry fails as before, at the cost of one
 * write attempt. Records share the origin's storage:
 * when one gives some back (the reading history fitted to its budget as it is
 * read, after the page), a bookmark that found no room a moment before is
 * written then, not left for the reader to lose on a reload.
 */
const waitingForRoom = new Set<() => void>()

/**
 * Tells the stores waiting for room that some was given back, after the
 * current task's work: the room is often made while a record is read, which
 * is in React's render (useSyncExternalStore's getSnapshot), and a store that
 * notified its listeners there would update other components mid-render.
 */
function roomMade() {
  queueMicrotask(() => {
    for (const retry of [...waitingForRoom]) retry()
  })
}

export function createRecordStore<T>(
  kind: RecordKind<T>,
  deps: RecordStoreDeps = browserDeps(),
): RecordStore<T> {
  const asidePrefix = corruptKeyPrefix(kind.key)
  const listeners = new Set<() => void>()
  let snapshot: RecordSnapshot<T> | null = null
  /** The raw string last read from or written to the key, to skip no-op refreshes. */
  let lastRaw: string | null = null
  /** False when the key could not be read: then it is never written either. */
  let readOk = false
  /** This tab holds changes that storage does not (quota): other tabs must not overwrite them. */
  let unsaved = false
  /**
   * The changes made since storage last took one, in order: while `unsaved`,
   * or until a write asked of `writeLater` runs. When they are written they
   * are applied to what is stored then, so a bookmark another tab saved
   * meanwhile is kept, not written over.
   */
  let pending: Array<(current: T) => T> = []
  /** A write is asked of `deps.writeLater` and has not run yet. */
  let writeQueued = false
  /** Corrupt values that could not be moved aside; while any is here, the key is not written. */
  let memoryCopies: CorruptCopy[] = []
  let serverSnapshot: RecordSnapshot<T> | null = null

  function emit() {
    for (const listener of listeners) listener()
  }

  /** The changes storage refused, written again now that another record has made room. */
  function retryWrite() {
    if (writePending()) emit()
  }

  /** Keeps `unsaved` and the stores waiting for room in step. */
  function setUnsaved(value: boolean) {
    unsaved = value
    if (unsaved) waitingForRoom.add(retryWrite)
    else waitingForRoom.delete(retryWrite)
  }

  function decodeRaw(raw: string): DecodeResult<T> {
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      return { ok: false, reason: 'not valid JSON' }
    }
    try {
      return kind.decode(json)
    } catch (error) {
      // A migration that throws on a shape it did not foresee is still just bad data.
      return { ok: false, reason: String(error) }
    }
  }

  function moveAside(storage: KeyValueStorage, raw: string) {
    const movedAt = deps.now()
    let asideKey = `${asidePrefix}${movedAt}`
    for (let n = 1; storage.getItem(asideKey) !== null; n += 1)
      asideKey = `${asidePrefix}${movedAt}-${n}`
    try {
      storage.setItem(asideKey, raw)
    } catch {
      // Could not copy it (storage full?): keep it here, and leave the key alone.
      if (!memoryCopies.some((copy) => copy.raw === raw)) {
        memoryCopies = [...memoryCopies, { key: null, raw, movedAt }]
      }
      return
    }
    try {
      storage.removeItem(kind.key)
      lastRaw = null
    } catch {
      // The copy exists; a key we cannot remove is read (and moved) again next time.
    }
  }

  function storedCopies(storage: KeyValueStorage): CorruptCopy[] {
    const copies: CorruptCopy[] = []
    for (const key of keysWithPrefix(storage, asidePrefix)) {
      const raw = storage.getItem(key)
      if (raw === null) continue
      const movedAt = Number.parseInt(key.slice(asidePrefix.length), 10)
      copies.push({ key, raw, movedAt: Number.isFinite(movedAt) ? movedAt : 0 })
    }
    return copies
  }

  function load(): RecordSnapshot<T> {
    let storage: KeyValueStorage
    let raw: string | null
    try {
      storage = deps.storage()
      raw = storage.getItem(kind.key)
    } catch {
      readOk = false
      return { value: kind.empty(), problem: 'unavailable', corruptCopies: memoryCopies }
    }
    readOk = true
    lastRaw = raw
    let value = kind.empty()
    if (raw !== null) {
      const decoded = decodeRaw(raw)
      if (decoded.ok) value = fitted(decoded.value)
      else moveAside(storage, raw)
    }
    let copies: CorruptCopy[] = []
    try {
      copies = storedCopies(storage)
    } catch {
      // Listing is a nicety; the record itself was read.
    }
    return {
      value,
      problem: memoryCopies.length > 0 ? 'blocked' : null,
      corruptCopies: [...copies, ...memoryCopies],
    }
  }

  /**
   * A record stored bigger than it may be (by a version before `kind.fit`, or
   * by a tab of one) is fitted as it is read, and written at once: waiting
   * for its next change, a bookmark saved first could find no room.
   */
  function fitted(value: T): T {
    const fit = kind.fit?.(value) ?? value
    if (fit === value) return value
    return persist(fit) === null ? fit : value
  }

  /** Write the value; returns the problem that kept it in memory, if any. */
  function persist(value: T): StorageProblem | null {
    // Never write over a key we could not read: it may hold the reader's data.
    if (!readOk) return 'unavailable'
    if (memoryCopies.length > 0) return 'blocked'
    try {
      const raw = JSON.stringify(value)
      deps.storage().setItem(kind.key, raw)
      const shrank = lastRaw !== null && raw.length < lastRaw.length
      lastRaw = raw
      if (shrank) roomMade()
      return null
    } catch (error) {
      return isQuotaError(error) ? 'quota' : 'unavailable'
    }
  }

  /**
   * What another tab stored since this one last read or wrote the key: its
   * value, null when nothing changed (or the key cannot be read now), or
   * 'unreadable' for data that must not be written over.
   */
  function storedSince(): { value: T } | null | 'unreadable' {
    const raw = storedRaw()
    if (raw === undefined) return null
    if (raw === lastRaw) return null
    if (raw === null) return { value: kind.empty() }
    const decoded = decodeRaw(raw)
    return decoded.ok ? { value: decoded.value } : 'unreadable'
  }

  /** What the key holds now; undefined when it cannot be read. */
  function storedRaw(): string | null | undefined {
    try {
      return deps.storage().getItem(kind.key)
    } catch {
      return undefined
    }
  }

  function getSnapshot(): RecordSnapshot<T> {
    if (snapshot === null) snapshot = load()
    return snapshot
  }

  /**
   * Write the changes not yet written (`pending`), over what another tab
   * stored since, if it did. Returns whether that changed the snapshot (the
   * other tab's record, or a storage problem): the caller notifies.
   */
  function writePending(): boolean {
    writeQueued = false
    if (pending.length === 0) return false
    const current = getSnapshot()
    const stored = storedSince()
    // Left for a reload to set aside (load() moves it to a corrupt copy); until then, still unsaved.
    if (stored === 'unreadable') {
      setUnsaved(true)
      return false
    }
    // This tab's record, or, when another tab wrote since, its record with the changes applied.
    const merged =
      stored === null ? current.value : pending.reduce((next, change) => change(next), stored.value)
    const mine = kind.fit ? kind.fit(merged) : merged
    const problem = persist(mine)
    setUnsaved(problem !== null)
    if (!unsaved) pending = []
    const value = unsaved ? current.value : mine
    if (Object.is(value, current.value) && problem === current.problem) return false
    snapshot = { ...current, value, problem }
    return true
  }

  /** Re-read storage (another tab wrote, or a listener arrived); notify only on a real change. */
  function refresh() {
    // Changes waiting for their write are applied over the other tab's record, not dropped.
    if (pending.length > 0 && !unsaved) {
      if (writePending()) emit()
      return
    }
    const previous = snapshot
    const previousRaw = lastRaw
    const next = load()
    if (
      previous &&
      previousRaw === lastRaw &&
      previous.problem === next.problem &&
      sameCopies(previous.corruptCopies, next.corruptCopies)
    ) {
      return
    }
    snapshot = next
    emit()
  }

  function onStorage(event: StorageEvent) {
    const ours = event.key === null || event.key === kind.key || event.key.startsWith(asidePrefix)
    if (!ours && !unsaved) return
    // sessionStorage changes fire the same event.
    let storage: KeyValueStorage
    try {
      storage = deps.storage()
    } catch {
      return
    }
    if (event.storageArea !== null && event.storageArea !== storage) return
    if (unsaved) {
      // This tab's notice already says its changes are not saved; adopting the
      // other tab's record would silently drop them. But another tab that gave
      // storage back (removed or shortened any key) may have made the room they
      // need: they are written then, over what is stored, as for this tab's own.
      if (gaveRoomBack(event)) retryWrite()
      return
    }
    refresh()
  }

  return {
    getSnapshot,
    getServerSnapshot() {
      serverSnapshot ??= { value: kind.empty(), problem: null, corruptCopies: [] }
      return serverSnapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      if (listeners.size === 1) {
        deps.events?.addEventListener('storage', onStorage)
        // Another tab may have written while nobody here was listening.
        if (snapshot !== null && !unsaved) refresh()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) deps.events?.removeEventListener('storage', onStorage)
      }
    },
    update(change) {
      // Another tab may have written since this one last read, and its
      // `storage` event may still be on its way (a background tab gets them
      // late): apply the change to what is stored now, or that tab's change
      // is written over. A tab with a storage problem (unsaved changes, data
      // it could not set aside) keeps its own record: its notice says so.
      // Only then: decoding the record for every change (JSON and the schema)
      // cost a long-time reader tens of milliseconds a change (4,000 reading
      // entries). The raw strings are compared instead; refresh() decodes.
      // (With changes waiting for their write, that write applies them to what is stored then.)
      if (
        snapshot !== null &&
        snapshot.problem === null &&
        !unsaved &&
        pending.length === 0 &&
        storedRaw() !== lastRaw
      )
        refresh()
      const current = getSnapshot()
      const value = change(current.value)
      if (Object.is(value, current.value)) return
      // Written with the changes before it that storage has not taken yet
      // (`pending`): now, or when `writeLater` calls back.
      pending.push(change)
      snapshot = { ...current, value }
      if (!deps.writeLater) writePending()
      else if (!writeQueued) {
        writeQueued = true
        deps.writeLater(() => {
          if (writePending()) emit()
        })
      }
      emit()
    },
    discardCorruptCopy(copy) {
      const current = getSnapshot()
      if (copy.key === null) {
        memoryCopies = memoryCopies.filter((kept) => kept !== copy && kept.raw !== copy.raw)
      } else {
        try {
          deps.storage().removeItem(copy.key)
        } catch {
          // Nothing more to do: it stays listed and the reader can try again.
          return
        }
        roomMade()
      }
      const corruptCopies = current.corruptCopies.filter(
        (kept) => kept !== copy && !(copy.key !== null && kept.key === copy.key),
      )
      let problem = current.problem
      if (copy.key === null && memoryCopies.length === 0) {
        // The unreadable original is now the reader's to keep (downloaded) or
        // drop: this tab's record may finally be written over it.
        problem = persist(current.value)
        setUnsaved(problem !== null)
        if (!unsaved) pending = []
      }
      snapshot = { ...current, problem, corruptCopies }
      emit()
    },
  }
}

/** Whether another tab's change left more room in storage: a key removed, shortened, or all cleared. */
function gaveRoomBack(event: StorageEvent): boolean {
  if (event.key === null || event.newValue === null) return true
  return event.oldValue !== null && event.newValue.length < event.oldValue.length
}

function sameCopies(a: readonly CorruptCopy[], b: readonly CorruptCopy[]): boolean {
  return (
    a.length === b.length && a.every((copy, i) => copy.key === b[i]?.key && copy.raw === b[i]?.raw)
  )
}
