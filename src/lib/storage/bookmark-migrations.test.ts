import { describe, expect, it } from 'vitest'
import { decodeBookmarkRecord, detectVersion, migrateBookmarks } from './bookmark-migrations'

/** The prototype's shape, fabricated: a bare array with short names and a numeric timestamp. */
const v0 = [
  {
    date: '2025-02-03',
    episode: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
    section: 'the-6-million-myth-debunked',
    title: 'The $6 Million Myth Debunked',
    savedAt: Date.parse('2025-02-03T20:00:00.000Z'),
  },
]

describe('bookmark migrations', () => {
  it('detects versions', () => {
    expect(detectVersion(v0)).toBe(0)
    expect(detectVersion({ version: 1, bookmarks: [] })).toBe(1)
    expect(detectVersion({ version: '1' })).toBeNull()
    expect(detectVersion('text')).toBeNull()
  })

  it('turns a v0 array into a valid v1 record', () => {
    expect(migrateBookmarks(v0)).toEqual({
      version: 1,
      bookmarks: [
        {
          date: '2025-02-03',
          episodeSlug: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
          sectionId: 'the-6-million-myth-debunked',
          digestTitle: '',
          episodeTitle: '',
          podcast: '',
          sectionTitle: 'The $6 Million Myth Debunked',
          sectionNumber: '',
          savedAt: '2025-02-03T20:00:00.000Z',
        },
      ],
    })
    expect(decodeBookmarkRecord(v0).ok).toBe(true)
  })

  it('leaves the current version alone', () => {
    const v1 = { version: 1, bookmarks: [] }
    expect(migrateBookmarks(v1)).toBe(v1)
  })

  it('reports why something cannot be decoded', () => {
    expect(decodeBookmarkRecord([{ nonsense: true }])).toMatchObject({ ok: false })
    expect(decodeBookmarkRecord({ version: 3, bookmarks: [] })).toEqual({
      ok: false,
      reason: 'written by a newer version of Digest Reader (v3)',
    })
    const bad = decodeBookmarkRecord({ version: 1, bookmarks: [{ date: 'x' }] })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.reason).toMatch(/bookmarks\.0/)
  })
})
