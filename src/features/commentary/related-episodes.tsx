import { Link } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import { formatDigestDate } from '../../lib/format-date'
import type { RelatedEpisode } from '../../schema/post'

/** Episodes that share the post's topics (the ingest computes them). */
export function RelatedEpisodes({ episodes }: { episodes: RelatedEpisode[] }) {
  return (
    <section
      aria-labelledby="related-episodes"
      className="mt-12 border-t border-stone-200 pt-6 dark:border-stone-800"
    >
      <h2 id="related-episodes" className="text-xl font-semibold">
        Related episodes
      </h2>
      {episodes.length === 0 ? (
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          No episode in the digests shares this post’s topics yet.
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {episodes.map((episode) => (
            <li
              key={`${episode.date}/${episode.episodeSlug}`}
              className="relative rounded-xl border border-stone-200 bg-white p-4 hover:border-teal-600 focus-within:border-teal-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-teal-400 dark:focus-within:border-teal-400"
            >
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {episode.podcast} ·{' '}
                <time dateTime={episode.date}>{formatDigestDate(episode.date)}</time>
              </p>
              {/* The link covers the whole card (a large touch target); its name stays the title. */}
              <Link
                to={`/digests/${episode.date}/${episode.episodeSlug}`}
                className="mt-0.5 block font-serif text-lg leading-snug font-semibold break-words after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-teal-800 dark:hover:text-teal-300"
              >
                <EmojiText text={episode.title} />
              </Link>
              {episode.sharedTopics.length > 0 && (
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  Shared topics: {episode.sharedTopics.join(', ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
