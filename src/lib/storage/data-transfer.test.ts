// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewBookmark } from './bookmark-schema'
import { createBookmarkStore } from './bookmark-store'
import { bookmarksToFile } from './bookmark-transfer'
import { dataExportFileName, dataToFile, parseDataFile } from './data-transfer'
import { mergeIntoReadingState } from './reading-state-merge'
import { createReadingStateStore } from './reading-state-store'
import type { RecordStoreDeps } from './record-store'

const NOW = Date.parse('2025-02-04T09:30:00.000Z')
const deps = (): RecordStoreDeps => ({
  storage: () => window.localStorage,
  now: () => NOW,
  events: null,
})
const episode = {
  date: '2025-02-03',
  episodeSlug: 'ai-czar',
  episodeTitle: 'AI Czar',
  podcast: 'All-In Podcast',
}
const bookmark: NewBookmark = {
  date: '2025-02-03',
  episodeSlug: 'ai-czar',
  sectionId: 'myth',
  digestTitle: 'Digest',
  episodeTitle: 'AI Czar',
  podcast: 'All-In Podcast',
  sectionTitle: 'The Myth',
  sectionNumber: '7',
}

beforeEach(() => window.localStorage.clear())
afterEach(() => window.localStorage.clear())

describe('your data: export and import', () => {
  it('export then import into an empty browser gives back bookmarks and reading state exactly', async () => {
    const bookmarks = createBookmarkStore(deps())
    const reading = createReadingStateStore(deps())
    bookmarks.add(bookmark)
    reading.setRead(episode, true)
    reading.setLastSection(
      { ...episode, episodeSlug: 'other' },
      { id: 'x', number: '2', title: 'X' },
    )
    const exported = {
      bookmarks: bookmarks.getSnapshot().value.bookmarks,
      reading: reading.getSnapshot().value.episodes,
    }
    const file = dataToFile(exported, new Date(NOW))
    expect(dataExportFileName(new Date(NOW))).toBe('digest-reader-data-2025-02-04.json')

    window.localStorage.clear()
    const parsed = parseDataFile(file)
    if (!parsed.ok) throw new Error(parsed.message)
    const freshBookmarks = createBookmarkStore(deps())
    const freshReading = createReadingStateStore(deps())
    freshBookmarks.merge(parsed.bookmarks)
    await mergeIntoReadingState(freshReading, parsed.reading?.entries ?? [])
    expect(freshBookmarks.getSnapshot().value.bookmarks).toEqual(exported.bookmarks)
    expect(freshReading.getSnapshot().value.episodes).toEqual(exported.reading)
  })

  it('the file is still a valid bookmarks file, with the reading state beside it', () => {
    const file = JSON.parse(dataToFile({ bookmarks: [], reading: [] }, new Date(NOW)))
    expect(file).toEqual({
      version: 1,
      app: 'Digest Reader',
      exportedAt: '2025-02-04T09:30:00.000Z',
      bookmarks: [],
      readingState: { version: 1, episodes: [] },
    })
  })

  it('imports a bookmarks-only file exported before reading state existed', () => {
    const old = bookmarksToFile(
      [{ ...bookmark, savedAt: '2025-02-03T20:00:00.000Z' }],
      new Date(NOW),
    )
    const parsed = parseDataFile(old)
    expect(parsed).toMatchObject({ ok: true, invalid: 0, reading: null })
    if (parsed.ok) expect(parsed.bookmarks.map((b) => b.sectionId)).toEqual(['myth'])
  })

  it('keeps the readable entries of damaged reading state, and the bookmarks of a file whose reading state is from a newer version', () => {
    const damaged = JSON.stringify({
      version: 1,
      bookmarks: [],
      readingState: {
        version: 1,
        episodes: [
          { ...episode, readAt: null, lastSection: null, updatedAt: 'x' },
          { date: 'yesterday' },
        ],
      },
    })
    expect(parseDataFile(damaged)).toMatchObject({
      ok: true,
      reading: { entries: [{ episodeSlug: 'ai-czar' }], invalid: 1, problem: null },
    })

    const newer = JSON.stringify({
      version: 1,
      bookmarks: [{ ...bookmark, savedAt: 'x' }],
      readingState: { version: 5, episodes: [] },
    })
    expect(parseDataFile(newer)).toMatchObject({
      ok: true,
      bookmarks: [{ sectionId: 'myth' }],
      reading: { entries: [], problem: 'written by a newer version of Digest Reader (v5)' },
    })
  })

  it('rejects what is not an export', () => {
    expect(parseDataFile('nope')).toEqual({ ok: false, message: 'This file is not valid JSON.' })
    expect(parseDataFile('{"readingState":{"version":1,"episodes":[]}}')).toEqual({
      ok: false,
      message: 'This file is not a Digest Reader export.',
    })
  })
})
