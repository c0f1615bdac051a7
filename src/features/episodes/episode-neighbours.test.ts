import { describe, expect, it } from 'vitest'
import type { Episode } from '../../schema/digest'
import type { SiteIndex } from '../../schema/site-index'
import { episodeNeighbours, neighbourDates } from './episode-neighbours'

function episode(slug: string): Episode {
  return {
    slug,
    podcast: `Podcast ${slug}`,
    podcastSlug: 'podcast',
    title: `Title ${slug}`,
    oneLine: null,
    summary: '',
    keyPoints: [],
    sections: [],
    topics: [],
  }
}

const feb3 = { date: '2025-02-03', episodes: [episode('a'), episode('b'), episode('c')] }
const feb2 = { date: '2025-02-02', episodes: [episode('x'), episode('y')] }
const feb4 = { date: '2025-02-04', episodes: [episode('z')] }

describe('episodeNeighbours', () => {
  it('links to the episodes beside it in the digest', () => {
    const { previous, next } = episodeNeighbours(feb3, 'b', feb2, feb4)
    expect(previous).toMatchObject({ date: '2025-02-03', slug: 'a', otherDigest: false })
    expect(next).toMatchObject({ date: '2025-02-03', slug: 'c', otherDigest: false })
  })

  it('crosses to the last episode of the day before and the first of the day after', () => {
    expect(episodeNeighbours(feb3, 'a', feb2, feb4).previous).toMatchObject({
      date: '2025-02-02',
      slug: 'y',
      otherDigest: true,
    })
    expect(episodeNeighbours(feb3, 'c', feb2, feb4).next).toMatchObject({
      date: '2025-02-04',
      slug: 'z',
      otherDigest: true,
    })
  })

  it('has no link at the ends of the archive or for an unknown episode', () => {
    expect(episodeNeighbours(feb3, 'a', null, null).previous).toBeNull()
    expect(episodeNeighbours(feb3, 'c', null, null).next).toBeNull()
    expect(episodeNeighbours(feb3, 'nope', feb2, feb4)).toEqual({ previous: null, next: null })
  })
})

describe('neighbourDates', () => {
  const index: SiteIndex = {
    version: 1,
    site: 'Digestly',
    latest: '2025-03-01',
    digestCount: 3,
    months: [
      { month: '2025-03', count: 1, dates: ['2025-03-01'] },
      { month: '2025-02', count: 2, dates: ['2025-02-04', '2025-02-03'] },
    ],
    podcasts: [],
    postCount: 0,
  }

  it('finds the neighbours across month boundaries', () => {
    expect(neighbourDates(index, '2025-02-04')).toEqual({
      older: '2025-02-03',
      newer: '2025-03-01',
    })
    expect(neighbourDates(index, '2025-03-01')).toEqual({ older: '2025-02-04', newer: null })
    expect(neighbourDates(index, '2025-02-03')).toEqual({ older: null, newer: '2025-02-04' })
    expect(neighbourDates(index, '2024-01-01')).toEqual({ older: null, newer: null })
  })
})
