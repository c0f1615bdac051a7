import type { Ref } from 'react'
import { Link } from 'react-router'
import { formatDigestDate } from '../lib/format-date'
import type { EpisodeRef } from '../schema/site-index'
import { EmojiText } from './emoji-text'

interface EpisodeRefListProps {
  episodes: readonly EpisodeRef[]
  /** Podcast pages omit the podcast name: it is the page's title. */
  showPodcast?: boolean
  showDate?: boolean
  showOneLine?: boolean
  ref?: Ref<HTMLUListElement>
}

/**
 * A list of episodes from the index files: podcast, title (linking to the
 * episode), date, one-line summary. The title link covers its whole row, so a
 * row is one large touch target; the podcast link sits above that cover.
 */
export function EpisodeRefList({
  episodes,
  showPodcast = true,
  showDate = false,
  showOneLine = false,
  ref,
}: EpisodeRefListProps) {
  return (
    <ul ref={ref} className="divide-y divide-stone-200 dark:divide-stone-800">
      {episodes.map((episode) => (
        <li key={`${episode.date}/${episode.slug}`} className="relative py-3 first:pt-2 last:pb-1">
          {(showPodcast || showDate) && (
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {showPodcast && (
                // Padding cancelled by negative margins: a 40 px tall target
                // that does not push the row apart.
                <Link
                  to={`/podcasts/${episode.podcastSlug}`}
                  className="relative z-10 -my-2.5 inline-block py-2.5 font-medium text-teal-800 hover:underline dark:text-teal-300"
                >
                  {episode.podcast}
                </Link>
              )}
              {showPodcast && showDate && ' · '}
              {showDate && <time dateTime={episode.date}>{formatDigestDate(episode.date)}</time>}
            </p>
          )}
          <Link
            to={`/digests/${episode.date}/${episode.slug}`}
            className="mt-0.5 block font-serif text-lg leading-snug font-semibold text-stone-900 after:absolute after:inset-0 after:content-[''] hover:text-teal-800 hover:underline dark:text-stone-100 dark:hover:text-teal-300"
          >
            <EmojiText text={episode.title} />
          </Link>
          {showOneLine && episode.oneLine && (
            <p className="mt-1 max-w-[70ch] text-stone-700 dark:text-stone-300">
              {episode.oneLine}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
