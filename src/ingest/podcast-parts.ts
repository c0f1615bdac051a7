import { digestDays, episodeYears } from '../schema/podcast-years'
import type { EpisodeRef, PodcastFile, PodcastPart, PodcastPartRef } from '../schema/site-index'

/** Episodes in each older part (a few more when a day's episodes would be split). */
export const PART_SIZE = 250
/** The podcast's own file keeps at least this many: a page's first hundred rows in one request. */
export const HEAD_MIN = 100

export interface SplitPodcast {
  file: PodcastFile
  /** Written as `podcasts/<slug>/<part>.json`. */
  parts: PodcastPart[]
}

/**
 * One podcast's file, and its older parts when it has many episodes
 * (decision 0018). Parts are cut from the oldest episode forward, so a part
 * once written holds the same episodes after every later digest: only the
 * podcast's own file changes day to day, and a reader's saved copies of its
 * parts stay right. A day's episodes are never split between two files.
 */
export function splitPodcast(
  slug: string,
  name: string,
  newestFirst: readonly EpisodeRef[],
): SplitPodcast {
  const oldestFirst = [...newestFirst].reverse()
  const parts: PodcastPart[] = []
  let start = 0
  while (oldestFirst.length - start - PART_SIZE >= HEAD_MIN) {
    let end = start + PART_SIZE
    while (end < oldestFirst.length && oldestFirst[end]?.date === oldestFirst[end - 1]?.date) end++
    if (oldestFirst.length - end < HEAD_MIN) break
    parts.push({ slug, part: parts.length + 1, episodes: oldestFirst.slice(start, end).reverse() })
    start = end
  }
  const episodes = oldestFirst.slice(start).reverse()
  if (parts.length === 0) return { file: { slug, name, episodes }, parts }
  const older = parts.map(partRef).reverse()
  return {
    file: {
      slug,
      name,
      episodes,
      older,
      years: episodeYears(newestFirst),
      digestCount: digestDays(newestFirst),
    },
    parts,
  }
}

function partRef({ part, episodes }: PodcastPart): PodcastPartRef {
  return {
    part,
    count: episodes.length,
    digestCount: digestDays(episodes),
    newest: episodes[0]?.date ?? '',
    oldest: episodes.at(-1)?.date ?? '',
  }
}
