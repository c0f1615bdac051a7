import { describe, expect, it } from 'vitest'
import type { EpisodeRef } from '../../schema/site-index'
import { archiveDayReading } from './archive-day-unread'

const DATE = '2025-02-03'
const ref = (slug: string): EpisodeRef => ({
  date: DATE,
  slug,
  podcast: 'All-In Podcast',
  podcastSlug: 'all-in-podcast',
  title: slug,
  oneLine: null,
})
const episodes = [ref('first'), ref('second')]
const readSlugs =
  (...slugs: string[]) =>
  (date: string, slug: string) =>
    date === DATE && slugs.includes(slug)

describe('archiveDayReading', () => {
  it('counts the unread episodes of the day', () => {
    expect(archiveDayReading(DATE, episodes, readSlugs(), false)).toMatchObject({
      unread: 2,
      label: '2 unread',
      shown: episodes,
    })
    expect(archiveDayReading(DATE, episodes, readSlugs('first'), false).label).toBe('1 unread')
  })

  it('says "All read" when every episode is read', () => {
    expect(archiveDayReading(DATE, episodes, readSlugs('first', 'second'), false)).toMatchObject({
      unread: 0,
      label: 'All read',
    })
  })

  it('lists only the unread episodes under "Unread only", none when all are read', () => {
    expect(archiveDayReading(DATE, episodes, readSlugs('first'), true).shown).toEqual([
      ref('second'),
    ])
    expect(archiveDayReading(DATE, episodes, readSlugs('first', 'second'), true).shown).toEqual([])
  })

  it('reads marks of this day only: the same slug on another day is another episode', () => {
    const otherDay = (date: string, slug: string) => date === '2025-01-31' && slug === 'first'
    expect(archiveDayReading(DATE, episodes, otherDay, false).unread).toBe(2)
  })
})
