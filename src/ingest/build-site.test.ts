import { describe, expect, it } from 'vitest'
import type { Post } from '../schema/post'
import { buildSite, type DigestMeta } from './build-site'
import { validateOutput } from './validate-output'

function digest(date: string, episodes: Array<[string, string, string[]]>): DigestMeta {
  return {
    date,
    site: 'Digestly',
    title: `Digest of ${date} 🎙️`,
    episodes: episodes.map(([podcast, title, topics]) => ({
      slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      podcast,
      podcastSlug: podcast.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      oneLine: `${podcast} talks.`,
      topics,
    })),
  }
}

const post: Post = {
  slug: 'on-tariffs',
  title: 'On tariffs',
  date: null,
  blocks: [{ type: 'paragraph', text: 'China leads in AI.', label: null }],
  topics: ['DeepSeek', 'China'],
  relatedEpisodes: [],
}

describe('buildSite', () => {
  const site = buildSite({
    digests: [
      {
        file: 'a.txt',
        value: digest('2025-02-03', [['All-In Podcast', 'Deep talk', ['deepseek', 'china']]]),
      },
      { file: 'b.txt', value: digest('2025-01-31', [['Chris Williamson', 'Men', ['china']]]) },
      { file: 'c.txt', value: digest('2025-03-01', [['All-In Podcast', 'March talk', []]]) },
    ],
    posts: [{ file: 'p.txt', value: post }],
  })

  it('writes an index with the latest date, months newest first and podcasts', () => {
    const index = site.files.get('index.json') as { latest: string; months: { month: string }[] }
    expect(index.latest).toBe('2025-03-01')
    expect(index.months.map((m) => m.month)).toEqual(['2025-03', '2025-02', '2025-01'])
    // Each month's days as ranges (archive-dates.ts), not every date in full.
    expect(index.months).toEqual([
      { month: '2025-03', count: 1, days: '1' },
      { month: '2025-02', count: 1, days: '3' },
      { month: '2025-01', count: 1, days: '31' },
    ])
    expect(site.files.get('podcasts/all-in-podcast.json')).toMatchObject({
      episodes: [{ date: '2025-03-01' }, { date: '2025-02-03' }],
    })
  })

  it('relates a post to episodes by shared topics, rare topics first', () => {
    const published = site.files.get('posts/on-tariffs.json') as Post
    expect(published.relatedEpisodes.map((e) => e.episodeSlug)).toEqual(['deep-talk', 'men'])
    expect(published.relatedEpisodes[0]?.sharedTopics).toEqual(['DeepSeek', 'China'])
    expect(site.postOutputs.get('p.txt')).toBe('posts/on-tariffs.json')
  })

  it('produces only files that validate against the shared schema', () => {
    for (const [path, value] of site.files) expect(validateOutput(path, value)).toBeNull()
  })

  it('keeps the later file when two digests share a date, and says so', () => {
    const twice = buildSite({
      digests: [
        { file: 'z.txt', value: digest('2025-02-03', [['B', 'Second', []]]) },
        { file: 'y.txt', value: digest('2025-02-03', [['A', 'First', []]]) },
      ],
      posts: [],
    })
    const month = twice.files.get('months/2025-02.json') as {
      digests: { title: string; episodes: { title: string }[] }[]
    }
    expect(month.digests).toHaveLength(1)
    expect(month.digests[0]?.episodes[0]?.title).toBe('Second')
    expect(twice.issues).toEqual([
      expect.objectContaining({ code: 'duplicate-date', file: 'y.txt', severity: 'warning' }),
    ])
  })
})

describe('the commentary list', () => {
  const titled = (title: string, date: string | null): Post => ({
    ...post,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title,
    date,
  })

  it('lists posts newest first: dated by date, then undated by the numbers in their file names', () => {
    const site = buildSite({
      digests: [],
      posts: [
        { file: 'post-19.txt', value: titled('Nineteen', null) },
        { file: 'post-1019.txt', value: titled('Ten nineteen', null) },
        { file: 'post-119.txt', value: titled('One nineteen', null) },
        { file: 'z-older.txt', value: titled('Older', '2025-01-05') },
        { file: 'a-newer.txt', value: titled('Newer', '2025-03-01') },
      ],
    })
    const list = site.files.get('posts.json') as { posts: { title: string }[] }
    expect(list.posts.map((p) => p.title)).toEqual([
      'Newer',
      'Older',
      'Ten nineteen',
      'One nineteen',
      'Nineteen',
    ])
  })
})
