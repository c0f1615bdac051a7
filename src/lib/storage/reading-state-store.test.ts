// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isRead, latestUnfinished, unreadCount } from './reading-state'
import { mergeIntoReadingState } from './reading-state-merge'
import type { EpisodeInfo } from './reading-state-schema'
import { createReadingStateStore, READING_STATE_KEY } from './reading-state-store'
import type { RecordStoreDeps } from './record-store'

const NOW = Date.parse('2025-02-04T09:30:00.000Z')
const DATE = '2025-02-03'

function episode(episodeSlug: string, date = DATE): EpisodeInfo {
  return { date, episodeSlug, episodeTitle: `Title of ${episodeSlug}`, podcast: 'All-In Podcast' }
}
const section = (id: string, number = '3') => ({ id, number, title: `Section ${id}` })

let clock = NOW
function deps(overrides: Partial<RecordStoreDeps> = {}): RecordStoreDeps {
  return { storage: () => window.localStorage, now: () => clock, events: window, ...overrides }
}

function stored(): unknown {
  const raw = window.localStorage.getItem(READING_STATE_KEY)
  return raw === null ? null : JSON.parse(raw)
}

beforeEach(() => {
  window.localStorage.clear()
  clock = NOW
})
afterEach(() => window.localStorage.clear())

describe('reading-state store', () => {
  it('fits a history stored over its budget as soon as a page reads it, before any change', () => {
    const full = (slug: string) => ({
      ...episode(slug),
      readAt: '2025-02-04T09:30:00.000Z',
      lastSection: section('s1'),
      updatedAt: '2025-02-04T09:30:00.000Z',
    })
    const before = { version: 1, episodes: [full('a'), full('b'), full('c')] }
    window.localStorage.setItem(READING_STATE_KEY, JSON.stringify(before))
    const store = createReadingStateStore(deps(), JSON.stringify(before).length - 50)
    store.getSnapshot()
    const after = stored() as typeof before
    expect(
      after.episodes.map((entry) => [entry.episodeSlug, entry.episodeTitle, entry.readAt]),
    ).toEqual([
      ['a', '', '2025-02-04T09:30:00.000Z'],
      ['b', 'Title of b', '2025-02-04T09:30:00.000Z'],
      ['c', 'Title of c', '2025-02-04T09:30:00.000Z'],
    ])
  })

  it('keeps a long history within its budget: the episodes read longest ago give up their copied titles and place, and keep their read mark', () => {
    const store = createReadingStateStore(deps(), 620)
    store.setRead(episode('oldest'), true)
    clock += 1000
    store.setLastSection(episode('started'), section('s1'))
    clock += 1000
    store.setRead(episode('newer'), true)
    const written = stored() as { episodes: Record<string, unknown>[] }
    expect(JSON.stringify(written).length).toBeLessThanOrEqual(620)
    expect(written.episodes.map((entry) => [entry.episodeSlug, entry.episodeTitle])).toEqual([
      ['oldest', ''],
      ['started', 'Title of started'],
      ['newer', 'Title of newer'],
    ])
    // Still read, and this tab shows what storage holds.
    const { value } = store.getSnapshot()
    expect(isRead(value, DATE, 'oldest')).toBe(true)
    expect(value).toEqual(written)
    expect(latestUnfinished(value)?.episodeSlug).toBe('started')
  })

  it('starts empty, everything unread, and writes nothing until something changes', () => {
    const store = createReadingStateStore(deps())
    const { value } = store.getSnapshot()
    expect(value).toEqual({ version: 1, episodes: [] })
    expect(isRead(value, DATE, 'a')).toBe(false)
    expect(unreadCount(value, DATE, ['a', 'b'])).toBe(2)
    expect(window.localStorage.length).toBe(0)
  })

  it('marks read and unread explicitly, and the unread count follows', () => {
    const store = createReadingStateStore(deps())
    store.setRead(episode('a'), true)
    let { value } = store.getSnapshot()
    expect(isRead(value, DATE, 'a')).toBe(true)
    expect(isRead(value, '2025-02-04', 'a')).toBe(false)
    expect(unreadCount(value, DATE, ['a', 'b'])).toBe(1)
    expect(value.episodes).toEqual([
      {
        ...episode('a'),
        readAt: '2025-02-04T09:30:00.000Z',
        lastSection: null,
        updatedAt: '2025-02-04T09:30:00.000Z',
      },
    ])

    // Marking again keeps the first mark (and is a no-op for subscribers).
    const before = store.getSnapshot()
    clock += 1000
    store.setRead(episode('a'), true)
    expect(store.getSnapshot()).toBe(before)

    store.setRead(episode('a'), false)
    value = store.getSnapshot().value
    expect(isRead(value, DATE, 'a')).toBe(false)
    // Nothing else was known about it, so no empty entry is kept.
    expect(value.episodes).toEqual([])
  })

  it('marks every episode of a digest read at once and says how many were unread', () => {
    const store = createReadingStateStore(deps())
    store.setRead(episode('a'), true)
    expect(store.markAllRead([episode('a'), episode('b'), episode('c')])).toBe(2)
    expect(unreadCount(store.getSnapshot().value, DATE, ['a', 'b', 'c'])).toBe(0)
    expect(store.markAllRead([episode('a'), episode('b')])).toBe(0)
  })

  it('remembers the last section, keeps it when marked unread, and finds the latest unfinished episode', () => {
    const store = createReadingStateStore(deps())
    store.setLastSection(episode('a'), section('funding', '3'))
    clock += 60_000
    store.setLastSection(episode('b', '2025-02-02'), section('older-day', '2'))
    clock += 60_000
    store.setLastSection(episode('a'), section('myth', '7'))

    let { value } = store.getSnapshot()
    expect(value.episodes.map((entry) => [entry.episodeSlug, entry.lastSection?.id])).toEqual([
      ['a', 'myth'],
      ['b', 'older-day'],
    ])
    expect(latestUnfinished(value)).toMatchObject({
      episodeSlug: 'a',
      episodeTitle: 'Title of a',
      lastSection: { id: 'myth', number: '7', title: 'Section myth' },
    })

    // A finished (read) episode is not "unfinished"; the next most recent one is.
    store.setRead(episode('a'), true)
    value = store.getSnapshot().value
    expect(latestUnfinished(value)?.episodeSlug).toBe('b')
    store.setRead(episode('a'), false)
    value = store.getSnapshot().value
    expect(value.episodes.find((entry) => entry.episodeSlug === 'a')?.lastSection?.id).toBe('myth')
  })

  it('does not write when the same section is recorded again', () => {
    const store = createReadingStateStore(deps())
    store.setLastSection(episode('a'), section('myth'))
    let calls = 0
    const unsubscribe = store.subscribe(() => {
      calls += 1
    })
    clock += 1000
    store.setLastSection(episode('a'), section('myth'))
    expect(calls).toBe(0)
    unsubscribe()
  })

  it('persists a versioned record under its own key that a reload reads back', () => {
    createReadingStateStore(deps()).setRead(episode('a'), true)
    expect(stored()).toMatchObject({ version: 1, episodes: [{ episodeSlug: 'a' }] })
    expect(window.localStorage.getItem('digest-reader:bookmarks')).toBeNull()
    const reloaded = createReadingStateStore(deps())
    expect(isRead(reloaded.getSnapshot().value, DATE, 'a')).toBe(true)
  })

  it('follows another tab (the storage event)', () => {
    const store = createReadingStateStore(deps())
    const unsubscribe = store.subscribe(() => {})
    expect(isRead(store.getSnapshot().value, DATE, 'a')).toBe(false)
    createReadingStateStore(deps({ events: null })).setRead(episode('a'), true)
    window.dispatchEvent(
      new StorageEvent('storage', { key: READING_STATE_KEY, storageArea: window.localStorage }),
    )
    expect(isRead(store.getSnapshot().value, DATE, 'a')).toBe(true)
    unsubscribe()
  })

  it('applies a change to what another tab stored meanwhile, even before its event arrives', () => {
    const tabA = createReadingStateStore(deps({ events: null }))
    const tabB = createReadingStateStore(deps({ events: null }))
    tabB.getSnapshot()
    tabA.setRead(episode('a'), true)
    tabB.setRead(episode('b'), true)
    expect(unreadCount(tabB.getSnapshot().value, DATE, ['a', 'b'])).toBe(0)
    expect(unreadCount(createReadingStateStore(deps()).getSnapshot().value, DATE, ['a', 'b'])).toBe(
      0,
    )
  })

  it.each([
    ['not JSON', '{"version":1,"episodes":['],
    ['the wrong shape', '{"version":1,"episodes":[{"date":"yesterday"}]}'],
    ['a newer version', '{"version":7,"episodes":[]}'],
  ])('sets %s aside instead of throwing it away', (_, raw) => {
    window.localStorage.setItem(READING_STATE_KEY, raw)
    const store = createReadingStateStore(deps())
    const snapshot = store.getSnapshot()
    expect(snapshot.value.episodes).toEqual([])
    const asideKey = `${READING_STATE_KEY}:corrupt:${NOW}`
    expect(snapshot.corruptCopies).toEqual([{ key: asideKey, raw, movedAt: NOW }])
    expect(window.localStorage.getItem(asideKey)).toBe(raw)

    store.setRead(episode('a'), true)
    // The copy stays until the reader discards it; the fresh record is saved.
    const later = createReadingStateStore(deps())
    expect(later.getSnapshot().corruptCopies).toHaveLength(1)
    expect(isRead(later.getSnapshot().value, DATE, 'a')).toBe(true)
  })

  it('reads a stored v0 record (the prototype’s map of read stamps) through the migration', () => {
    window.localStorage.setItem(
      READING_STATE_KEY,
      JSON.stringify({ [`${DATE}/a`]: Date.parse('2025-02-03T20:00:00.000Z') }),
    )
    const store = createReadingStateStore(deps())
    expect(store.getSnapshot().corruptCopies).toEqual([])
    expect(isRead(store.getSnapshot().value, DATE, 'a')).toBe(true)
    // Opening the episode fills in the titles v0 never had.
    store.setLastSection(episode('a'), section('myth'))
    expect(store.getSnapshot().value.episodes[0]).toMatchObject({
      episodeTitle: 'Title of a',
      readAt: '2025-02-03T20:00:00.000Z',
    })
  })

  it('keeps working in memory when localStorage throws', () => {
    const store = createReadingStateStore(
      deps({
        storage: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      }),
    )
    store.setRead(episode('a'), true)
    expect(store.getSnapshot().problem).toBe('unavailable')
    expect(isRead(store.getSnapshot().value, DATE, 'a')).toBe(true)
  })
})

describe('merging an import', () => {
  it('adds unknown episodes, keeps read marks from either side, and takes the later position', async () => {
    const store = createReadingStateStore(deps())
    store.setRead(episode('read-here'), true)
    store.setLastSection(episode('moved-on'), section('early', '1'))
    const result = await mergeIntoReadingState(store, [
      {
        ...episode('read-here'),
        readAt: null,
        lastSection: null,
        updatedAt: '2025-03-01T00:00:00.000Z',
      },
      {
        ...episode('moved-on'),
        readAt: '2025-03-01T00:00:00.000Z',
        lastSection: section('later', '9'),
        updatedAt: '2025-03-01T00:00:00.000Z',
      },
      {
        ...episode('new'),
        readAt: null,
        lastSection: section('x', '2'),
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ])
    expect(result).toEqual({ added: 1, updated: 2, unchanged: 0 })
    const { value } = store.getSnapshot()
    expect(isRead(value, DATE, 'read-here')).toBe(true)
    expect(isRead(value, DATE, 'moved-on')).toBe(true)
    expect(value.episodes.find((e) => e.episodeSlug === 'moved-on')?.lastSection?.id).toBe('later')
    expect(value.episodes.map((e) => e.episodeSlug)).toEqual(['read-here', 'moved-on', 'new'])

    // The same file again changes nothing.
    const again = await mergeIntoReadingState(store, value.episodes)
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 3 })
  })
})
