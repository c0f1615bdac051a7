import type { EpisodeRef } from './site-index'

export interface YearCount {
  year: string
  count: number
}

/**
 * Each year's episode count, newest year first. The ingest writes it into a
 * long podcast's file (whose older episodes the page has not fetched); the
 * page counts a short podcast's itself.
 */
export function episodeYears(episodes: readonly Pick<EpisodeRef, 'date'>[]): YearCount[] {
  const counts = new Map<string, number>()
  for (const { date } of episodes) {
    const year = date.slice(0, 4)
    counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => b.year.localeCompare(a.year))
}

/** How many digests (days) the episodes are in: a digest lists a podcast's episodes of that day. */
export function digestDays(episodes: readonly Pick<EpisodeRef, 'date'>[]): number {
  return new Set(episodes.map((episode) => episode.date)).size
}
