import { describe, expect, it } from 'vitest'
import { sectionUrl } from './section-url'

describe('sectionUrl', () => {
  it('is the episode’s own address with the section’s fragment', () => {
    expect(
      sectionUrl(
        { date: '2025-02-03', episodeSlug: 'an-episode', sectionId: 'funding-and-training-costs' },
        'https://reader.example',
      ),
    ).toBe('https://reader.example/digests/2025-02-03/an-episode#funding-and-training-costs')
  })
})
