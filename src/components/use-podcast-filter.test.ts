import { describe, expect, it } from 'vitest'
import { parsePodcastParam } from './use-podcast-filter'

describe('parsePodcastParam', () => {
  it('reads a podcast slug from the URL', () => {
    expect(parsePodcastParam(new URLSearchParams('podcast=all-in-podcast'))).toBe('all-in-podcast')
  })

  it('reads a missing or malformed value as all podcasts', () => {
    expect(parsePodcastParam(new URLSearchParams(''))).toBeNull()
    expect(parsePodcastParam(new URLSearchParams('podcast=<script>'))).toBeNull()
    expect(parsePodcastParam(new URLSearchParams('podcast='))).toBeNull()
  })
})
