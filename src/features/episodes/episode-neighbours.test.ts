import { describe, expect, it } from 'vitest'
import type { Episode } from '../../schema/digest'
import { episodeNeighbours } from './episode-neighbours'

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
