import { describe, expect, it } from 'vitest'
import type { EpisodeRef } from '../../schema/site-index'
import { groupEpisodesByDay } from './archive-groups'

function episode(date: string, slug: string): EpisodeRef {
  return {
    date,
    slug,
    podcast: 'All-In Podcast',
    podcastSlug: 'all-in-podcast',
    title: slug,
    oneLine: null,
  }
}

// Newest first, as podcasts/<slug>.json lists them; two episodes on March 3.
const episodes = [
  episode('2025-03-03', 'a'),
  episode('2025-03-03', 'b'),
  episode('2025-03-01', 'c'),
  episode('2025-02-27', 'd'),
  episode('2025-01-15', 'e'),
]

const slugs = (result: ReturnType<typeof groupEpisodesByDay>) =>
  result.months.map((m) => [m.month, m.days.map((d) => [d.date, d.episodes.map((e) => e.slug)])])

describe('groupEpisodesByDay', () => {
  it('groups by month then day, newest first, keeping episodes of one day together', () => {
    const result = groupEpisodesByDay(episodes, 99)
    expect(slugs(result)).toEqual([
      [
        '2025-03',
        [
          ['2025-03-03', ['a', 'b']],
          ['2025-03-01', ['c']],
        ],
      ],
      ['2025-02', [['2025-02-27', ['d']]]],
      ['2025-01', [['2025-01-15', ['e']]]],
    ])
    expect(result.dayCount).toBe(4)
    expect(result.hiddenDays).toBe(0)
  })

  it('shows only the first days, whole, and counts the rest', () => {
    const result = groupEpisodesByDay(episodes, 2)
    expect(slugs(result)).toEqual([
      [
        '2025-03',
        [
          ['2025-03-03', ['a', 'b']],
          ['2025-03-01', ['c']],
        ],
      ],
    ])
    expect(result.dayCount).toBe(4)
    expect(result.hiddenDays).toBe(2)
  })

  it('merges a day listed twice instead of showing it twice', () => {
    const result = groupEpisodesByDay(
      [episode('2025-03-03', 'a'), episode('2025-03-01', 'c'), episode('2025-03-03', 'b')],
      99,
    )
    expect(slugs(result)).toEqual([
      [
        '2025-03',
        [
          ['2025-03-03', ['a', 'b']],
          ['2025-03-01', ['c']],
        ],
      ],
    ])
  })

  it('handles an empty list and a zero limit', () => {
    expect(groupEpisodesByDay([], 10)).toEqual({ months: [], dayCount: 0, hiddenDays: 0 })
    expect(groupEpisodesByDay(episodes, 0)).toEqual({ months: [], dayCount: 4, hiddenDays: 4 })
  })
})
