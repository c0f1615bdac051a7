// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Bookmark, NewBookmark } from './bookmark-schema'
import { BOOKMARKS_KEY, createBookmarkStore } from './bookmark-store'
import { bookmarksToFile, parseBookmarkFile } from './bookmark-transfer'
import type { KeyValueStorage } from './browser-storage'
import type { RecordStoreDeps } from './record-store'

const NOW = Date.parse('2025-02-04T09:30:00.000Z')

function section(sectionId: string, sectionTitle = `Title of ${sectionId}`): NewBookmark {
  return {
    date: '2025-02-03',
    episodeSlug: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
    sectionId,
    digestTitle: 'AI’s Global Impact & Gender Talks',
    episodeTitle: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
    podcast: 'All-In Podcast',
    sectionTitle,
    sectionNumber: '7',
  }
}

function deps(overrides: Partial<RecordStoreDeps> = {}): RecordStoreDeps {
  return { storage: () => window.localStorage, now: () => NOW, events: window, ...overrides }
}

/** A Storage stand-in whose writes can be made to fail like a full disk. */
class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>()
  full = false
  get length() {
    return this.items.size
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

function stored(): unknown {
  const raw = window.localStorage.getItem(BOOKMARKS_KEY)
  return raw === null ? null : JSON.parse(raw)
}

beforeEach(() => window.localStorage.clear())
afterEach(() => window.localStorage.clear())

describe('bookmark store', () => {
  it('starts empty on a first visit and writes nothing until something changes', () => {
    const store = createBookmarkStore(deps())
    expect(store.getSnapshot()).toEqual({
      value: { version: 1, bookmarks: [] },
      problem: null,
      corruptCopies: [],
    })
    expect(window.localStorage.length).toBe(0)
  })

  it('adds, removes and toggles, stamping savedAt and ignoring duplicates', () => {
    const store = createBookmarkStore(deps())
    store.add(section('a'))
    store.add(section('a'))
    store.add(section('b'))
    expect(store.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(['a', 'b'])
    expect(store.getSnapshot().value.bookmarks[0]?.savedAt).toBe('2025-02-04T09:30:00.000Z')

    store.remove(section('a'))
    expect(store.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(['b'])

    expect(store.toggle(section('b'))).toBe(false)
    expect(store.toggle(section('c'))).toBe(true)
    expect(store.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(['c'])

    store.clear()
    expect(store.getSnapshot().value.bookmarks).toEqual([])
  })

  it('tells subscribers about changes and keeps the snapshot stable otherwise', () => {
    const store = createBookmarkStore(deps())
    let calls = 0
    const unsubscribe = store.subscribe(() => {
      calls += 1
    })
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.remove(section('missing'))
    expect(calls).toBe(0)
    store.add(section('a'))
    expect(calls).toBe(1)
    expect(store.getSnapshot()).not.toBe(before)
    unsubscribe()
  })

  it('persists a versioned record that a new store (a reload) reads back', () => {
    createBookmarkStore(deps()).add(section('a', 'The $6 Million Myth Debunked'))
    expect(stored()).toMatchObject({
      version: 1,
      bookmarks: [{ sectionId: 'a', sectionTitle: 'The $6 Million Myth Debunked' }],
    })
    const reloaded = createBookmarkStore(deps())
    expect(reloaded.getSnapshot().value.bookmarks).toHaveLength(1)
    expect(reloaded.getSnapshot().problem).toBeNull()
  })

  it.each([
    ['not JSON', '{"version":1,"bookmarks":['],
    ['the wrong shape', '{"version":1,"bookmarks":[{"date":"yesterday"}]}'],
    ['a newer version', '{"version":9,"bookmarks":[]}'],
  ])('moves %s aside instead of throwing it away, and starts clean', (_, raw) => {
    window.localStorage.setItem(BOOKMARKS_KEY, raw)
    const store = createBookmarkStore(deps())
    const snapshot = store.getSnapshot()
    expect(snapshot.value.bookmarks).toEqual([])
    expect(snapshot.problem).toBeNull()
    const asideKey = `${BOOKMARKS_KEY}:corrupt:${NOW}`
    expect(snapshot.corruptCopies).toEqual([{ key: asideKey, raw, movedAt: NOW }])
    expect(window.localStorage.getItem(asideKey)).toBe(raw)
    expect(window.localStorage.getItem(BOOKMARKS_KEY)).toBeNull()

    // The copy is still listed on the next visit, until the reader discards it.
    store.add(section('a'))
    const later = createBookmarkStore(deps({ now: () => NOW + 1000 }))
    expect(later.getSnapshot().corruptCopies).toHaveLength(1)
    expect(later.getSnapshot().value.bookmarks).toHaveLength(1)
    const [copy] = later.getSnapshot().corruptCopies
    if (!copy) throw new Error('expected a corrupt copy')
    later.discardCorruptCopy(copy)
    expect(later.getSnapshot().corruptCopies).toEqual([])
    expect(window.localStorage.getItem(asideKey)).toBeNull()
  })

  it('leaves corrupt data where it is when it cannot be copied aside, and writes nothing over it', () => {
    const storage = new FakeStorage()
    storage.items.set(BOOKMARKS_KEY, 'garbage')
    storage.full = true
    const store = createBookmarkStore(deps({ storage: () => storage }))
    expect(store.getSnapshot().problem).toBe('blocked')
    expect(store.getSnapshot().corruptCopies).toEqual([{ key: null, raw: 'garbage', movedAt: NOW }])

    storage.full = false
    store.add(section('a'))
    expect(storage.getItem(BOOKMARKS_KEY)).toBe('garbage')
    expect(store.getSnapshot().value.bookmarks).toHaveLength(1)

    // Once the reader has taken the copy (downloaded) and discarded it, the bookmarks are saved.
    const [copy] = store.getSnapshot().corruptCopies
    if (!copy) throw new Error('expected a corrupt copy')
    store.discardCorruptCopy(copy)
    expect(store.getSnapshot().problem).toBeNull()
    expect(JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? 'null')).toMatchObject({
      bookmarks: [{ sectionId: 'a' }],
    })
  })

  it('keeps working in memory when storage is full, keeps what was stored, and recovers', () => {
    const storage = new FakeStorage()
    const store = createBookmarkStore(deps({ storage: () => storage }))
    store.add(section('a'))
    const savedBefore = storage.getItem(BOOKMARKS_KEY)

    storage.full = true
    store.add(section('b'))
    expect(store.getSnapshot().problem).toBe('quota')
    expect(store.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(['a', 'b'])
    expect(storage.getItem(BOOKMARKS_KEY)).toBe(savedBefore)

    storage.full = false
    store.add(section('c'))
    expect(store.getSnapshot().problem).toBeNull()
    expect(JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? 'null').bookmarks).toHaveLength(3)
  })

  it('keeps working in memory when localStorage throws on access', () => {
    const store = createBookmarkStore(
      deps({
        storage: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      }),
    )
    expect(store.getSnapshot().problem).toBe('unavailable')
    store.add(section('a'))
    expect(store.toggle(section('b'))).toBe(true)
    expect(store.getSnapshot().value.bookmarks).toHaveLength(2)
    expect(store.getSnapshot().problem).toBe('unavailable')
  })

  it('never writes over a key it could not read, even if storage comes back later', () => {
    const storage = new FakeStorage()
    storage.items.set(
      BOOKMARKS_KEY,
      JSON.stringify({ version: 1, bookmarks: [{ ...section('kept'), savedAt: 'x' }] }),
    )
    let available = false
    const store = createBookmarkStore(
      deps({
        storage: () => {
          if (!available) throw new DOMException('blocked', 'SecurityError')
          return storage
        },
      }),
    )
    expect(store.getSnapshot().problem).toBe('unavailable')
    available = true
    store.add(section('new'))
    expect(JSON.parse(storage.getItem(BOOKMARKS_KEY) ?? 'null').bookmarks[0].sectionId).toBe('kept')
  })

  it('follows changes made in another tab (the storage event)', () => {
    const store = createBookmarkStore(deps())
    let calls = 0
    const unsubscribe = store.subscribe(() => {
      calls += 1
    })
    expect(store.getSnapshot().value.bookmarks).toEqual([])

    // Another tab writes the same key; this tab only hears the event.
    const otherTab = createBookmarkStore(deps({ events: null }))
    otherTab.add(section('from-the-other-tab'))
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: BOOKMARKS_KEY,
        newValue: window.localStorage.getItem(BOOKMARKS_KEY),
        storageArea: window.localStorage,
      }),
    )
    expect(calls).toBe(1)
    expect(store.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual([
      'from-the-other-tab',
    ])

    // Unrelated keys and other storage areas are ignored.
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'theme', storageArea: window.localStorage }),
    )
    window.dispatchEvent(
      new StorageEvent('storage', { key: BOOKMARKS_KEY, storageArea: window.sessionStorage }),
    )
    expect(calls).toBe(1)
    unsubscribe()
  })

  it('stops listening to other tabs when nobody subscribes', () => {
    const store = createBookmarkStore(deps())
    expect(store.getSnapshot().value.bookmarks).toEqual([])
    const unsubscribe = store.subscribe(() => {})
    unsubscribe()
    createBookmarkStore(deps({ events: null })).add(section('a'))
    window.dispatchEvent(
      new StorageEvent('storage', { key: BOOKMARKS_KEY, storageArea: window.localStorage }),
    )
    expect(store.getSnapshot().value.bookmarks).toEqual([])
    // ...and catches up when someone subscribes again.
    store.subscribe(() => {})()
    expect(store.getSnapshot().value.bookmarks).toHaveLength(1)
  })

  it('reads a stored v0 record (the prototype’s bare array) through the migration', () => {
    window.localStorage.setItem(
      BOOKMARKS_KEY,
      JSON.stringify([
        { date: '2025-02-03', episode: 'ep', section: 'sec', title: 'Old', savedAt: NOW },
      ]),
    )
    const store = createBookmarkStore(deps())
    expect(store.getSnapshot().corruptCopies).toEqual([])
    expect(store.getSnapshot().value.bookmarks).toMatchObject([
      { date: '2025-02-03', episodeSlug: 'ep', sectionId: 'sec', sectionTitle: 'Old' },
    ])
  })
})

describe('export and import', () => {
  it('export then import into an empty store is the identity', () => {
    const source = createBookmarkStore(deps())
    source.add(section('a', 'The $6 Million Myth Debunked'))
    source.add(section('b', 'Funding and Training Costs'))
    const exported: Bookmark[] = source.getSnapshot().value.bookmarks
    const file = bookmarksToFile(exported, new Date(NOW))

    window.localStorage.clear()
    const target = createBookmarkStore(deps())
    const parsed = parseBookmarkFile(file)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(target.merge(parsed.bookmarks)).toEqual({ added: 2, skipped: 0 })
    expect(target.getSnapshot().value.bookmarks).toEqual(exported)
  })

  it('merges without duplicates and counts what it skipped', () => {
    const store = createBookmarkStore(deps())
    store.add(section('a'))
    const file = bookmarksToFile(
      [
        { ...section('a'), savedAt: '2024-01-01T00:00:00.000Z' },
        { ...section('b'), savedAt: '2024-01-01T00:00:00.000Z' },
        { ...section('b'), savedAt: '2024-01-02T00:00:00.000Z' },
      ],
      new Date(NOW),
    )
    const parsed = parseBookmarkFile(file)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(store.merge(parsed.bookmarks)).toEqual({ added: 1, skipped: 2 })
    // The bookmark already here keeps its own savedAt.
    expect(store.getSnapshot().value.bookmarks[0]?.savedAt).toBe('2025-02-04T09:30:00.000Z')
  })

  it('rejects files that are not bookmark exports, and keeps the good entries of a damaged one', () => {
    expect(parseBookmarkFile('nope')).toEqual({
      ok: false,
      message: 'This file is not valid JSON.',
    })
    expect(parseBookmarkFile('{"hello":"world"}')).toMatchObject({ ok: false })
    expect(parseBookmarkFile('{"version":2,"bookmarks":[]}')).toMatchObject({ ok: false })
    const damaged = JSON.stringify({
      version: 1,
      bookmarks: [{ ...section('a'), savedAt: 'x' }, { sectionId: 42 }],
    })
    expect(parseBookmarkFile(damaged)).toMatchObject({
      ok: true,
      invalid: 1,
      bookmarks: [{ sectionId: 'a' }],
    })
  })
})
