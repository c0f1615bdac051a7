import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitReadingState, recordChars } from './reading-state-budget'
import type { ReadingEntry, ReadingStateRecord } from './reading-state-schema'

/** An entry as a page records it: `day` days into 2023, read or not. */
function entry(day: number, read: boolean): ReadingEntry {
  const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10)
  return {
    date,
    episodeSlug: `why-startup-funding-is-about-to-change-everything-${day}`,
    episodeTitle: 'Why Startup Funding Is About to Change Everything',
    podcast: 'The Diary Of A CEO',
    readAt: read ? `${date}T08:12:33.123Z` : null,
    lastSection: { id: 'what-the-numbers-say', number: '3', title: 'What the numbers say' },
    updatedAt: `${date}T08:12:33.123Z`,
  }
}

function record(episodes: ReadingEntry[]): ReadingStateRecord {
  return { version: 1, episodes }
}

/** Text without what JSON escapes, as slugs, titles and ISO dates are. */
const text = fc.string({ unit: fc.constantFrom(...'abc XYZ-09’é🎧'), maxLength: 40 })
const anyEntry: fc.Arbitrary<ReadingEntry> = fc.record({
  date: text,
  episodeSlug: text,
  episodeTitle: text,
  podcast: text,
  readAt: fc.option(text, { nil: null }),
  lastSection: fc.option(fc.record({ id: text, number: text, title: text }), { nil: null }),
  updatedAt: text,
})

describe('recordChars', () => {
  it('counts what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 5 }), (episodes) => {
        expect(recordChars(record(episodes))).toBe(JSON.stringify(record(episodes)).length)
      }),
    )
  })
})

describe('fitReadingState', () => {
  const history = record(Array.from({ length: 40 }, (_, day) => entry(day, day % 4 !== 0)))

  it('returns the record itself while it is within the budget, or when nothing is left to slim', () => {
    expect(fitReadingState(history, recordChars(history))).toBe(history)
    const slimmest = fitReadingState(history, 0)
    expect(fitReadingState(slimmest, 0)).toBe(slimmest)
  })

  it('slims the episodes read longest ago first, until the record is within the budget', () => {
    const budget = recordChars(history) - 1000
    const fitted = fitReadingState(history, budget)
    expect(recordChars(fitted)).toBeLessThanOrEqual(budget)
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(budget)
    const slimmed = fitted.episodes.flatMap((kept, at) =>
      kept.episodeTitle === '' ? [history.episodes[at]?.updatedAt ?? ''] : [],
    )
    // Only as many as needed, and the oldest read ones.
    const read = history.episodes.filter((kept) => kept.readAt !== null).map((e) => e.updatedAt)
    expect(slimmed).toEqual(read.slice(0, slimmed.length))
    expect(slimmed.length).toBeLessThan(read.length)
  })

  it('never drops an episode, a read mark or an unread episode’s place', () => {
    const fitted = fitReadingState(history, 0)
    expect(fitted.episodes).toHaveLength(history.episodes.length)
    fitted.episodes.forEach((kept, at) => {
      const was = history.episodes[at] as ReadingEntry
      expect([kept.date, kept.episodeSlug, kept.readAt, kept.updatedAt]).toEqual([
        was.date,
        was.episodeSlug,
        was.readAt,
        was.updatedAt,
      ])
      if (was.readAt === null) expect(kept).toEqual(was)
      else expect(kept).toMatchObject({ episodeTitle: '', podcast: '', lastSection: null })
    })
  })

  it('gives a record over the budget back as small as it can be, even when that is not enough', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 8 }), fc.nat(3000), (episodes, budget) => {
        const fitted = fitReadingState(record(episodes), budget)
        expect(fitted.episodes).toHaveLength(episodes.length)
        const fits = recordChars(fitted) <= budget
        const allSlim = fitted.episodes.every(
          (kept) =>
            kept.readAt === null ||
            (kept.episodeTitle === '' && kept.podcast === '' && kept.lastSection === null),
        )
        expect(fits || allSlim).toBe(true)
      }),
    )
  })

  it('keeps ten years of a daily reader within the origin’s storage, with room for bookmarks', () => {
    // 4 episodes a day opened, three in four marked read: 14,600 entries,
    // about 5.1 million characters in full (the origin's quota is 5,242,880).
    const decade = record(Array.from({ length: 14_600 }, (_, at) => entry(at / 4, at % 4 !== 0)))
    expect(recordChars(decade)).toBeGreaterThan(5_000_000)
    expect(recordChars(fitReadingState(decade))).toBeLessThan(5_242_880 - 1_500_000)
  })
})
