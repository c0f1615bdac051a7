import type { Digest } from '../../schema/digest'

export interface EpisodeLink {
  date: string
  slug: string
  title: string
  podcast: string
  /** True when the link leaves this digest for the neighbouring day's. */
  otherDigest: boolean
}

type DigestEpisodes = Pick<Digest, 'date' | 'episodes'>

/**
 * Reading order is chronological: previous is the episode before this one in
 * the digest, or the last episode of the day before; next is the one after,
 * or the first episode of the day after. `older`/`newer` are the neighbouring
 * digests when known (null while loading or at the ends of the archive).
 */
export function episodeNeighbours(
  digest: DigestEpisodes,
  slug: string,
  older: DigestEpisodes | null,
  newer: DigestEpisodes | null,
): { previous: EpisodeLink | null; next: EpisodeLink | null } {
  const at = digest.episodes.findIndex((episode) => episode.slug === slug)
  if (at === -1) return { previous: null, next: null }
  const before = digest.episodes[at - 1]
  const after = digest.episodes[at + 1]
  const olderLast = older?.episodes.at(-1)
  const newerFirst = newer?.episodes[0]
  return {
    previous: before
      ? link(digest.date, before, false)
      : older && olderLast
        ? link(older.date, olderLast, true)
        : null,
    next: after
      ? link(digest.date, after, false)
      : newer && newerFirst
        ? link(newer.date, newerFirst, true)
        : null,
  }
}

function link(
  date: string,
  episode: Pick<Digest['episodes'][number], 'slug' | 'title' | 'podcast'>,
  otherDigest: boolean,
): EpisodeLink {
  return { date, slug: episode.slug, title: episode.title, podcast: episode.podcast, otherDigest }
}
