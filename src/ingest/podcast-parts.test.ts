import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { EpisodeRef } from '../schema/site-index'
import { podcastFileSchema, podcastPartSchema } from '../schema/site-index'
import { HEAD_MIN, PART_SIZE, splitPodcast } from './podcast-parts'

/** `count` episodes on consecutive days ending 2026-11-23, newest first. */
function episodes(count: number, perDay = 1): EpisodeRef[] {
  const refs: EpisodeRef[] = []
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 10, 23 - Math.floor(i / perDay)))
    refs.push({
      date: day.toISOString().slice(0, 10),
      slug: `episode-${count - i}`,
      podcast: 'Daily Show',
      podcastSlug: 'daily-show',
      title: `Episode ${count - i}`,
      oneLine: null,
    })
  }
  return refs
}

describe('splitPodcast', () => {
  it('keeps a podcast of a few hundred episodes in one file, as before', () => {
    const all = episodes(PART_SIZE + HEAD_MIN - 1)
    const { file, parts } = splitPodcast('daily-show', 'Daily Show', all)
    expect(parts).toEqual([])
    expect(file).toEqual({ slug: 'daily-show', name: 'Daily Show', episodes: all })
  })

  it('puts a long podcast’s older episodes into parts, newest first, losing none', () => {
    const all = episodes(1000)
    const { file, parts } = splitPodcast('daily-show', 'Daily Show', all)
    expect(v.is(podcastFileSchema, file)).toBe(true)
    for (const part of parts) expect(v.is(podcastPartSchema, part)).toBe(true)
    expect(file.episodes.length).toBeGreaterThanOrEqual(HEAD_MIN)
    expect(file.episodes.length).toBeLessThan(PART_SIZE + HEAD_MIN)
    const byPart = new Map(parts.map((part) => [part.part, part.episodes]))
    const joined = [
      ...file.episodes,
      ...(file.older ?? []).flatMap((ref) => byPart.get(ref.part) ?? []),
    ]
    expect(joined).toEqual(all)
    expect(file.older?.map((ref) => ref.count)).toEqual([PART_SIZE, PART_SIZE, PART_SIZE])
    expect(file.older?.at(-1)).toMatchObject({ part: 1, oldest: all.at(-1)?.date })
    expect(file.digestCount).toBe(1000)
    expect(file.years?.reduce((sum, year) => sum + year.count, 0)).toBe(1000)
  })

  it('writes the same parts after another digest: only the podcast’s own file changes', () => {
    const before = splitPodcast('daily-show', 'Daily Show', episodes(800).slice(1))
    const after = splitPodcast('daily-show', 'Daily Show', episodes(800))
    expect(before.parts.length).toBeGreaterThan(0)
    expect(after.parts.slice(0, before.parts.length)).toEqual(before.parts)
  })

  it('never splits one day’s episodes between two files', () => {
    const { file, parts } = splitPodcast('daily-show', 'Daily Show', episodes(999, 3))
    const files = [file.episodes, ...parts.map((part) => part.episodes)]
    const fileOfDate = new Map<string, number>()
    files.forEach((list, index) => {
      for (const { date } of list) {
        expect(fileOfDate.get(date) ?? index).toBe(index)
        fileOfDate.set(date, index)
      }
    })
    expect(parts.length).toBeGreaterThan(1)
    expect(file.digestCount).toBe(333)
  })
})
