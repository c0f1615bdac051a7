import { describe, expect, it } from 'vitest'
import { dailyEpisodes } from '../../test/support/serve-data-files'
import type { PodcastFile, PodcastPart } from '../schema/site-index'
import { combineParts, partsWanted } from './podcast-episodes'

// 2024 is a leap year: episodes 1–366 are its days, 367 on are 2025's.
const part = (n: number, from: number, to: number): PodcastPart => ({
  slug: 'daily-show',
  part: n,
  episodes: dailyEpisodes(from, to, 2024),
})
const parts = [part(1, 1, 250), part(2, 251, 500)]
const file: PodcastFile = {
  slug: 'daily-show',
  name: 'Daily Show',
  episodes: dailyEpisodes(501, 650, 2024),
  older: [...parts].reverse().map((p) => ({
    part: p.part,
    count: p.episodes.length,
    digestCount: p.episodes.length,
    newest: p.episodes[0]?.date ?? '',
    oldest: p.episodes.at(-1)?.date ?? '',
  })),
  years: [
    { year: '2025', count: 284 },
    { year: '2024', count: 366 },
  ],
  digestCount: 650,
}
const loaded = (p: PodcastPart) => ({ data: p, error: null, isPending: false, refetch: () => {} })
const pending = { data: undefined, error: null, isPending: true, refetch: () => {} }

describe('partsWanted', () => {
  it('asks for no part while the podcast’s own file holds what is wanted', () => {
    expect(partsWanted(file, { newest: 150 })).toEqual([])
    expect(partsWanted(file, { newest: 151 }).map((ref) => ref.part)).toEqual([2])
    expect(partsWanted(file, { days: 401 }).map((ref) => ref.part)).toEqual([2, 1])
  })

  it('asks for the parts whose dates reach into a year, and no other', () => {
    expect(partsWanted(file, { year: '2024' }).map((ref) => ref.part)).toEqual([2, 1])
    expect(partsWanted(file, { year: '2025' }).map((ref) => ref.part)).toEqual([2])
  })
})

const oldest = part(1, 1, 250)

describe('combineParts', () => {
  it('shows no older part’s rows where a newer part’s will go', () => {
    const year = combineParts(file, { year: '2024' }, [pending, loaded(oldest)])
    expect(year.episodes).toEqual([])
    expect(year.total).toBe(366)
    expect(year.loading).toBe(true)
    const newest = combineParts(file, { newest: 500 }, [pending, loaded(oldest)])
    expect(newest.episodes).toEqual(file.episodes)
    expect(newest.total).toBe(650)
  })
})
