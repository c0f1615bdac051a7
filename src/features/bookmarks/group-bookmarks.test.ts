import { describe, expect, it } from 'vitest'
import type { Bookmark } from '../../lib/storage/bookmark-schema'
import type { Digest, Section } from '../../schema/digest'
import { bookmarkCount, compareNumbers, groupBookmarks } from './group-bookmarks'

function bookmark(
  date: string,
  episodeSlug: string,
  sectionId: string,
  sectionNumber: string,
): Bookmark {
  return {
    date,
    episodeSlug,
    sectionId,
    digestTitle: `Digest ${date}`,
    episodeTitle: `Episode ${episodeSlug}`,
    podcast: 'Podcast',
    sectionTitle: `Section ${sectionId}`,
    sectionNumber,
    savedAt: '2025-02-04T09:30:00.000Z',
  }
}

function section(id: string, number: string, subsections: Section['subsections'] = []): Section {
  return { id, number, emoji: null, emojiLabel: null, title: id, bullets: [], subsections }
}

const feb3: Digest = {
  date: '2025-02-03',
  site: 'Digestly',
  title: 'Digest',
  topPodcasts: [],
  episodes: ['first', 'second'].map((slug) => ({
    slug,
    podcast: 'Podcast',
    podcastSlug: 'podcast',
    title: slug,
    oneLine: null,
    summary: '',
    keyPoints: [],
    sections: [section('one', '1'), section('seven', '7', [section('seven-one', '7.1')])],
    topics: [],
  })),
}

describe('groupBookmarks', () => {
  it('groups by digest (newest first), then episode in digest order, then section number', () => {
    const groups = groupBookmarks(
      [
        bookmark('2025-02-03', 'second', 'seven-one', '7.1'),
        bookmark('2025-02-03', 'first', 'seven', '7'),
        bookmark('2025-02-04', 'other', 'x', '2'),
        bookmark('2025-02-03', 'second', 'one', '1'),
      ],
      (date) => (date === '2025-02-03' ? feb3 : undefined),
    )
    expect(groups.map((group) => group.date)).toEqual(['2025-02-04', '2025-02-03'])
    const feb3Group = groups[1]
    expect(feb3Group?.episodes.map((episode) => episode.episodeSlug)).toEqual(['first', 'second'])
    expect(feb3Group?.episodes[1]?.items.map((item) => item.number)).toEqual(['1', '7.1'])
    expect(feb3Group?.episodes[1]?.items.every((item) => item.status === 'present')).toBe(true)
    expect(groups[0]?.episodes[0]?.items[0]?.status).toBe('unknown')
  })

  it('marks sections, episodes and digests that are gone as missing, keeping saved titles', () => {
    const groups = groupBookmarks(
      [
        bookmark('2025-02-03', 'first', 'renamed', '3'),
        bookmark('2025-02-03', 'gone', 'one', '1'),
        bookmark('2025-01-01', 'old', 'one', '1'),
      ],
      (date) => (date === '2025-02-03' ? feb3 : 'missing'),
    )
    const items = groups.flatMap((group) => group.episodes.flatMap((episode) => episode.items))
    expect(items.map((item) => [item.bookmark.sectionId, item.status])).toEqual([
      ['renamed', 'missing'],
      ['one', 'missing'],
      ['one', 'missing'],
    ])
    expect(items[0]?.title).toBe('Section renamed')
    // What is gone: the section only, its episode, or the whole digest.
    expect(groups.map((group) => group.status)).toEqual(['present', 'missing'])
    expect(groups[0]?.episodes.map((episode) => [episode.episodeSlug, episode.status])).toEqual([
      ['first', 'present'],
      ['gone', 'missing'],
    ])
    expect(groups[1]?.episodes[0]?.status).toBe('missing')
  })

  it('makes no claim about a digest, its episodes or sections while it is unknown', () => {
    const [group] = groupBookmarks([bookmark('2025-02-03', 'first', 'one', '1')], () => undefined)
    expect(group?.status).toBe('unknown')
    expect(group?.episodes[0]?.status).toBe('unknown')
    expect(group?.episodes[0]?.items[0]?.status).toBe('unknown')
  })

  it('falls back to published titles for bookmarks saved without them', () => {
    const [group] = groupBookmarks(
      [{ ...bookmark('2025-02-03', 'first', 'seven', ''), sectionTitle: '', episodeTitle: '' }],
      () => feb3,
    )
    expect(group?.episodes[0]?.episodeTitle).toBe('first')
    expect(group?.episodes[0]?.items[0]).toMatchObject({ title: 'seven', number: '7' })
  })
})

describe('compareNumbers', () => {
  it('orders printed numbers part by part', () => {
    expect(['10', '7.2', '', '2', '7', '7.1'].sort(compareNumbers)).toEqual([
      '2',
      '7',
      '7.1',
      '7.2',
      '10',
      '',
    ])
  })
})

describe('bookmarkCount', () => {
  it('counts the bookmarks of every episode of every day', () => {
    const groups = groupBookmarks(
      [
        bookmark('2025-02-03', 'first', 'a', '1'),
        bookmark('2025-02-03', 'first', 'b', '2'),
        bookmark('2025-02-03', 'second', 'c', '1'),
        bookmark('2025-01-31', 'other', 'd', '4'),
      ],
      () => undefined,
    )
    expect(bookmarkCount(groups)).toBe(4)
    expect(bookmarkCount(groups.slice(1))).toBe(1)
    expect(bookmarkCount([])).toBe(0)
  })
})
