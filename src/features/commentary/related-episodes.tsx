import { Link } from 'react-router'
import { formatDigestDate } from '../../lib/format-date'
import type { RelatedEpisode } from '../../schema/post'

/** Episodes that share the post's topics (computed by the ingest). */
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
        <ul className="mt-3 space-y-3">
          {episodes.map((episode) => (
            <li
              key={`${episode.date}/${episode.episodeSlug}`}
              className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
            >
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {episode.podcast} ·{' '}
                <time dateTime={episode.date}>{formatDigestDate(episode.date)}</time>
              </p>
              <Link
                to={`/digests/${episode.date}/${episode.episodeSlug}`}
                className="font-serif text-lg leading-snug font-semibold hover:text-teal-800 hover:underline dark:hover:text-teal-300"
              >
                {episode.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                Shared topics: {episode.sharedTopics.join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
