// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createRecordStore,
  type DecodeResult,
  type RecordKind,
  type RecordStoreDeps,
} from './record-store'

interface Counter {
  count: number
}

const KEY = 'digest-reader:test-record'
const deps: RecordStoreDeps = {
  storage: () => window.localStorage,
  now: () => 0,
  events: window,
}

/** A store of `{ count }` that counts how often it decodes what is stored. */
function counterStore() {
  const decoded = { times: 0 }
  const decode = (json: unknown): DecodeResult<Counter> => {
    decoded.times++
    const count = (json as Counter | null)?.count
    return typeof count === 'number' ? { ok: true, value: { count } } : { ok: false, reason: 'no' }
  }
  const store = createRecordStore<Counter>({ key: KEY, decode, empty: () => ({ count: 0 }) }, deps)
  return { store, decoded }
}

/** `{ count }` taken as stored, for the tests about writing rather than decoding. */
const countKind: RecordKind<Counter> = {
  key: KEY,
  decode: (json) => ({ ok: true, value: json as Counter }),
  empty: () => ({ count: 0 }),
}

afterEach(() => window.localStorage.clear())

describe('record store', () => {
  it('does not decode the stored record again for a change when nothing else wrote it', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ count: 1 }))
    const { store, decoded } = counterStore()
    expect(store.getSnapshot().value).toEqual({ count: 1 })
    expect(decoded.times).toBe(1)
    for (let i = 0; i < 3; i++) store.update(({ count }) => ({ count: count + 1 }))
    expect(store.getSnapshot().value).toEqual({ count: 4 })
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual({ count: 4 })
    expect(decoded.times).toBe(1)
  })

  it('applies a change to what another tab stored meanwhile, decoding that once', () => {
    const { store, decoded } = counterStore()
    store.update(({ count }) => ({ count: count + 1 }))
    // Another tab's write, its storage event not yet arrived.
    window.localStorage.setItem(KEY, JSON.stringify({ count: 10 }))
    const before = decoded.times
    store.update(({ count }) => ({ count: count + 1 }))
    expect(decoded.times).toBe(before + 1)
    expect(store.getSnapshot().value).toEqual({ count: 11 })
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual({ count: 11 })
  })
})

describe('record store that writes later', () => {
  /** The writes asked for, run when the test says (the paint, in the browser). */
  function laterStore() {
    const queued: Array<() => void> = []
    const store = createRecordStore(countKind, {
      ...deps,
      writeLater: (write) => queued.push(write),
    })
    const runWrites = () => {
      for (const write of queued.splice(0)) write()
    }
    return { store, runWrites, queued }
  }
  const stored = () => JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Counter | null

  it('shows a change at once and writes it when asked, once for changes made together', () => {
    const { store, runWrites, queued } = laterStore()
    const seen: number[] = []
    store.subscribe(() => seen.push(store.getSnapshot().value.count))
    store.update(({ count }) => ({ count: count + 1 }))
    store.update(({ count }) => ({ count: count + 1 }))
    expect(seen).toEqual([1, 2])
    expect(stored()).toBeNull()
    expect(queued).toHaveLength(1)
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    runWrites()
    expect(writes).toHaveBeenCalledTimes(1)
    writes.mockRestore()
    expect(stored()).toEqual({ count: 2 })
  })

  it('writes its waiting changes over what another tab stored meanwhile, keeping both', () => {
    const { store, runWrites } = laterStore()
    store.update(({ count }) => ({ count: count + 1 }))
    window.localStorage.setItem(KEY, JSON.stringify({ count: 10 }))
    store.update(({ count }) => ({ count: count + 100 }))
    runWrites()
    expect(stored()).toEqual({ count: 111 })
    expect(store.getSnapshot().value).toEqual({ count: 111 })
  })

  it("keeps its waiting changes when another tab's write is announced before they are written", () => {
    const { store, runWrites } = laterStore()
    store.subscribe(() => {})
    store.update(({ count }) => ({ count: count + 1 }))
    window.localStorage.setItem(KEY, JSON.stringify({ count: 10 }))
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, storageArea: window.localStorage }),
    )
    expect(store.getSnapshot().value).toEqual({ count: 11 })
    expect(stored()).toEqual({ count: 11 })
    runWrites()
    expect(stored()).toEqual({ count: 11 })
  })
})

/** localStorage with Chromium's rule: keys and values together within `quota` characters. */
function storageWithQuota(quota: number) {
  const items = new Map<string, string>()
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0)
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      const after = used() - (items.get(key)?.length ?? -key.length) + value.length
      if (after > quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
}

describe('records sharing the origin’s storage', () => {
  it('writes a change refused for lack of room once another record gives room back', async () => {
    const storage = storageWithQuota(1_000)
    const shared: RecordStoreDeps = { storage: () => storage, now: () => 0, events: null }
    // A history stored bigger than it may be (by an older version), leaving no room.
    const historyKey = 'digest-reader:test-history'
    storage.setItem(historyKey, JSON.stringify({ count: 0, notes: 'x'.repeat(950) }))
    const marks = createRecordStore(countKind, shared)
    marks.update(() => ({ count: 1 }))
    expect(marks.getSnapshot().problem).toBe('quota')
    const changes = vi.fn()
    marks.subscribe(changes)

    // The history is read later (its store loads after the page) and fitted to its budget.
    type History = { count: number; notes: string }
    const history = createRecordStore<History>(
      {
        key: historyKey,
        decode: (json) => ({ ok: true, value: json as History }),
        empty: () => ({ count: 0, notes: '' }),
        fit: (value) =>
          value.notes.length > 100 ? { ...value, notes: value.notes.slice(0, 100) } : value,
      },
      shared,
    )
    expect(history.getSnapshot().value.notes).toHaveLength(100)
    // Not while the history is being read (React may be rendering): just after.
    expect(changes).not.toHaveBeenCalled()
    await Promise.resolve()

    expect(marks.getSnapshot()).toMatchObject({ value: { count: 1 }, problem: null })
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toEqual({ count: 1 })
    expect(changes).toHaveBeenCalled()
  })

  it('writes a change refused for lack of room once another tab gives room back', () => {
    const storage = storageWithQuota(1_000)
    const tab = new EventTarget()
    const marks = createRecordStore(countKind, {
      storage: () => storage,
      now: () => 0,
      events: tab as Window,
    })
    // Another tab's record fills the storage both tabs share.
    const otherKey = 'digest-reader:other-tab-record'
    const full = 'x'.repeat(950)
    storage.setItem(otherKey, full)
    marks.update(() => ({ count: 1 }))
    expect(marks.getSnapshot().problem).toBe('quota')
    const changes = vi.fn()
    marks.subscribe(changes)
    const otherTabWrote = (oldValue: string | null, newValue: string | null) => {
      if (newValue === null) storage.removeItem(otherKey)
      else storage.setItem(otherKey, newValue)
      tab.dispatchEvent(new StorageEvent('storage', { key: otherKey, oldValue, newValue }))
    }

    // Growing its record makes no room: nothing is tried, nothing changes.
    otherTabWrote(full, `${full}y`)
    expect(marks.getSnapshot().problem).toBe('quota')
    expect(changes).not.toHaveBeenCalled()

    // Removing it does: the change is written, and the notice goes.
    otherTabWrote(`${full}y`, null)
    expect(marks.getSnapshot()).toMatchObject({ value: { count: 1 }, problem: null })
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toEqual({ count: 1 })
    expect(changes).toHaveBeenCalled()
  })
})
