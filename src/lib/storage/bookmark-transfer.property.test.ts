import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Bookmark, bookmarkKey } from './bookmark-schema'
import { bookmarksToFile, parseBookmarkFile } from './bookmark-transfer'

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/)
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

const bookmark: fc.Arbitrary<Bookmark> = fc.record({
  date: isoDate,
  episodeSlug: slug,
  sectionId: slug,
  // Any text a digest may hold: emoji, quotes, markup, bidi characters.
  digestTitle: fc.string({ unit: 'grapheme' }),
  episodeTitle: fc.string({ unit: 'grapheme' }),
  podcast: fc.string(),
  sectionTitle: fc.string({ unit: 'grapheme' }),
  sectionNumber: fc.stringMatching(/^\d{1,3}(\.\d{1,2})?$/),
  savedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
})

describe('bookmark export and import', () => {
  it('import(export(bookmarks)) gives back exactly the bookmarks, for any bookmarks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(bookmark, { selector: bookmarkKey, maxLength: 30 }),
        (bookmarks) => {
          const parsed = parseBookmarkFile(
            bookmarksToFile(bookmarks, new Date('2026-11-24T00:00:00Z')),
          )
          expect(parsed).toEqual({ ok: true, bookmarks, invalid: 0 })
        },
      ),
      { numRuns: 200 },
    )
  })
})
