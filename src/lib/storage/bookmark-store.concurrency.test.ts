// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewBookmark } from './bookmark-schema'
import { BOOKMARKS_KEY, createBookmarkStore } from './bookmark-store'
import type { RecordStoreDeps } from './record-store'

// Two tabs share one localStorage, but each learns of the other's writes only
// through a `storage` event that arrives later (and much later in a throttled
// background tab). A change made in that gap must not write over the other
// tab's bookmark. The stores here get no events at all: the worst case.

const NOW = Date.parse('2025-02-04T09:30:00.000Z')

function section(sectionId: string): NewBookmark {
  return {
    date: '2025-02-03',
    episodeSlug: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
    sectionId,
    digestTitle: 'Digest',
    episodeTitle: 'Episode',
    podcast: 'Podcast',
    sectionTitle: `Title of ${sectionId}`,
    sectionNumber: '1',
  }
}

const deafTab = (): RecordStoreDeps => ({
  storage: () => window.localStorage,
  now: () => NOW,
  events: null,
})

function storedIds(): string[] {
  const raw = window.localStorage.getItem(BOOKMARKS_KEY)
  if (raw === null) return []
  return (JSON.parse(raw) as { bookmarks: { sectionId: string }[] }).bookmarks.map(
    (b) => b.sectionId,
  )
}

beforeEach(() => window.localStorage.clear())
afterEach(() => window.localStorage.clear())

describe('two tabs editing bookmarks before either hears of the other', () => {
  it('keeps both tabs’ additions', () => {
    const tabA = createBookmarkStore(deafTab())
    const tabB = createBookmarkStore(deafTab())
    // Both tabs have read the (empty) record, as on page load.
    expect(tabA.getSnapshot().value.bookmarks).toEqual([])
    expect(tabB.getSnapshot().value.bookmarks).toEqual([])

    tabA.add(section('from-a'))
    tabB.add(section('from-b'))

    expect(storedIds()).toEqual(['from-a', 'from-b'])
    expect(tabB.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(['from-a', 'from-b'])
  })

  it('a removal in one tab does not resurrect or drop the other tab’s changes', () => {
    const tabA = createBookmarkStore(deafTab())
    tabA.add(section('shared'))
    const tabB = createBookmarkStore(deafTab())
    expect(tabB.getSnapshot().value.bookmarks).toHaveLength(1)

    tabA.add(section('from-a'))
    tabB.remove(section('shared'))
    expect(storedIds()).toEqual(['from-a'])

    tabA.add(section('again-from-a'))
    expect(storedIds()).toEqual(['from-a', 'again-from-a'])
  })

  it('an import merges into what the other tab stored meanwhile', () => {
    const tabA = createBookmarkStore(deafTab())
    const tabB = createBookmarkStore(deafTab())
    tabB.getSnapshot()
    tabA.add(section('from-a'))
    expect(tabB.merge([{ ...section('imported'), savedAt: '2025-01-01T00:00:00.000Z' }])).toEqual({
      added: 1,
      skipped: 0,
    })
    expect(storedIds()).toEqual(['from-a', 'imported'])
  })

  it('a tab holding unsaved changes (storage was full) does not adopt the other tab’s record', () => {
    // Its notice already says its changes live only here; quietly swapping
    // them for the other tab's record would lose them.
    let full = false
    const tabA = createBookmarkStore({
      ...deafTab(),
      storage: () => {
        const storage = window.localStorage
        return {
          getItem: (key) => storage.getItem(key),
          removeItem: (key) => storage.removeItem(key),
          key: (index) => storage.key(index),
          get length() {
            return storage.length
          },
          setItem: (key, value) => {
            if (full) throw new DOMException('full', 'QuotaExceededError')
            storage.setItem(key, value)
          },
        }
      },
    })
    tabA.getSnapshot()
    full = true
    tabA.add(section('only-in-a'))
    expect(tabA.getSnapshot().problem).toBe('quota')
    createBookmarkStore(deafTab()).add(section('from-b'))
    tabA.add(section('also-in-a'))
    expect(tabA.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual([
      'only-in-a',
      'also-in-a',
    ])
    expect(storedIds()).toEqual(['from-b'])

    // Storage takes writes again: tab A's next change must not write over
    // tab B's bookmark with A's own record (it used to: 'from-b' was lost).
    full = false
    tabA.add(section('after-space-freed'))
    expect(tabA.getSnapshot().problem).toBeNull()
    expect(storedIds()).toEqual(['from-b', 'only-in-a', 'also-in-a', 'after-space-freed'])
    expect(tabA.getSnapshot().value.bookmarks.map((b) => b.sectionId)).toEqual(storedIds())
  })
})
