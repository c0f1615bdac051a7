import type { NewBookmark } from '../../lib/storage/bookmark-schema'
import type { EpisodeInfo } from '../../lib/storage/reading-state-schema'
import type { Digest, Episode, Subsection } from '../../schema/digest'

/** What a bookmark of this section stores (titles copied, see bookmark-schema). */
export function bookmarkFor(
  digest: Pick<Digest, 'date' | 'title'>,
  episode: Pick<Episode, 'slug' | 'title' | 'podcast'>,
  section: Pick<Subsection, 'id' | 'title' | 'number'>,
): NewBookmark {
  return {
    date: digest.date,
    episodeSlug: episode.slug,
    sectionId: section.id,
    digestTitle: digest.title,
    episodeTitle: episode.title,
    podcast: episode.podcast,
    sectionTitle: section.title,
    sectionNumber: section.number,
  }
}

/** What the reading state records about this episode. */
export function episodeInfoFor(
  digest: Pick<Digest, 'date'>,
  episode: Pick<Episode, 'slug' | 'title' | 'podcast'>,
): EpisodeInfo {
  return {
    date: digest.date,
    episodeSlug: episode.slug,
    episodeTitle: episode.title,
    podcast: episode.podcast,
  }
}
