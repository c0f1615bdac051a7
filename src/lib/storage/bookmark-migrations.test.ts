import { describe, expect, it } from 'vitest'
import { decodeBookmarkRecord, detectVersion, migrateBookmarks } from './bookmark-migrations'
import { parseBookmarkFile } from './bookmark-transfer'

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

  it('keeps the readable entries of a v0 file with an impossible timestamp or a damaged entry', () => {
    // 1e20 ms is a number, but past the range of Date: toISOString threw, and
    // the import of the whole file failed without a word.
    const file = JSON.stringify([
      ...v0,
      { ...v0[0], section: 'another-section', savedAt: 1e20 },
      { date: '2025-02-03' },
    ])
    const parsed = parseBookmarkFile(file)
    expect(parsed).toMatchObject({ ok: true, invalid: 2 })
    if (parsed.ok) {
      expect(parsed.bookmarks.map((bookmark) => bookmark.sectionId)).toEqual([
        'the-6-million-myth-debunked',
      ])
    }
  })

  it('does not take an array of something else for a v0 file', () => {
    expect(parseBookmarkFile('[1, 2, 3]')).toEqual({
      ok: false,
      message: 'This file is not a Digest Reader export.',
    })
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
