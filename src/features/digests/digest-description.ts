import { formatDigestDate } from '../../lib/format-date'
import type { PageMeta } from '../../lib/use-page-meta'
import type { Digest } from '../../schema/digest'

/** A digest's page description: its date and the episodes it covers ("All-In Podcast: …; …"). */
export function digestMeta(digest: Pick<Digest, 'date' | 'title' | 'episodes'>): PageMeta {
  const count = digest.episodes.length
  const episodes = digest.episodes.map((episode) => `${episode.podcast}: ${episode.title}`)
  return {
    title: digest.title,
    description: `${formatDigestDate(digest.date)}, ${count} ${count === 1 ? 'episode' : 'episodes'}. ${episodes.join('; ')}`,
    type: 'website',
  }
}
