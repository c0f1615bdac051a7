import type { EpisodeRef } from '../../schema/site-index'

export interface ArchiveDayReading {
  /** The episodes to list: all of them, or only the unread ones under "Unread only". */
  shown: readonly EpisodeRef[]
  /** Unread episodes among those the card is about (one podcast's, when filtered by podcast). */
  unread: number
  /** "2 unread" or "All read": what the card says beside its day. */
  label: string
}

/**
 * What one archive day shows of the reading state. The issue asks for unread
 * counts on the archive as on the overview, and for "Unread only" beside the
 * podcast filter; the archive had neither, so a reader could not see which
 * days were still to read without opening each one.
 */
export function archiveDayReading(
  date: string,
  episodes: readonly EpisodeRef[],
  isRead: (date: string, episodeSlug: string) => boolean,
  unreadOnly: boolean,
): ArchiveDayReading {
  const unreadEpisodes = episodes.filter((episode) => !isRead(date, episode.slug))
  const unread = unreadEpisodes.length
  return {
    shown: unreadOnly ? unreadEpisodes : episodes,
    unread,
    label: unread === 0 ? 'All read' : `${unread} unread`,
  }
}
