import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Bookmark, bookmarkKey } from './bookmark-schema'
import { dataToFile, parseDataFile } from './data-transfer'
import { episodeKey, type ReadingEntry } from './reading-state-schema'

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/)
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))
const stamp = fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
// Any text a digest may hold: emoji, quotes, markup, bidi characters.
const text = fc.string({ unit: 'grapheme' })

const bookmark: fc.Arbitrary<Bookmark> = fc.record({
  date: isoDate,
  episodeSlug: slug,
  sectionId: slug,
  digestTitle: text,
  episodeTitle: text,
  podcast: fc.string(),
  sectionTitle: text,
  sectionNumber: fc.stringMatching(/^\d{1,3}(\.\d{1,2})?$/),
  savedAt: stamp,
})

const entry: fc.Arbitrary<ReadingEntry> = fc.record({
  date: isoDate,
  episodeSlug: slug,
  episodeTitle: text,
  podcast: text,
  readAt: fc.option(stamp, { nil: null }),
  lastSection: fc.option(
    fc.record({ id: slug, number: fc.stringMatching(/^\d{1,3}(\.\d{1,2})?$/), title: text }),
    { nil: null },
  ),
  updatedAt: stamp,
})

describe('your-data export and import', () => {
  it('import(export(data)) gives back exactly the bookmarks and the reading state, for any data', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(bookmark, { selector: bookmarkKey, maxLength: 15 }),
        fc.uniqueArray(entry, { selector: episodeKey, maxLength: 15 }),
        (bookmarks, reading) => {
          const parsed = parseDataFile(
            dataToFile({ bookmarks, reading }, new Date('2026-11-24T00:00:00Z')),
          )
          expect(parsed).toEqual({
            ok: true,
            bookmarks,
            invalid: 0,
            reading: { entries: reading, invalid: 0, problem: null },
          })
        },
      ),
      { numRuns: 150 },
    )
  })
})
