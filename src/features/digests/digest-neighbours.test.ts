import { describe, expect, it } from 'vitest'
import type { SiteIndex } from '../../schema/site-index'
import { digestNeighbours } from './digest-neighbours'

const index: SiteIndex = {
  version: 1,
  site: 'Digestly',
  latest: '2025-03-01',
  digestCount: 3,
  months: [
    { month: '2025-03', count: 1, dates: ['2025-03-01'] },
    { month: '2025-02', count: 2, dates: ['2025-02-28', '2025-02-03'] },
  ],
  podcasts: [],
  postCount: 0,
}

describe('digestNeighbours', () => {
  it('crosses month boundaries in both directions', () => {
    expect(digestNeighbours(index, '2025-02-28')).toEqual({
      older: '2025-02-03',
      newer: '2025-03-01',
    })
  })

  it('has no newer digest for the latest and no older one for the first', () => {
    expect(digestNeighbours(index, '2025-03-01').newer).toBeNull()
    expect(digestNeighbours(index, '2025-02-03').older).toBeNull()
  })
})
