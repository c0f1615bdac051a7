import { Link } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import type { Digest } from '../../schema/digest'

interface Entry {
  key: string
  podcast: string
  podcastSlug: string
  oneLine: string | null
  episode: Digest['episodes'][number] | undefined
}

/**
 * The digest's "Top Podcast" list: each podcast with its one-line summary,
 * linking to its episode. Episodes the list forgot are appended, so nothing
 * in the digest is unreachable from its day page.
 */
export function entriesOf(digest: Digest): Entry[] {
  const listed: Entry[] = digest.topPodcasts.map((top, i) => ({
    key: `top-${i}`,
    podcast: top.podcast,
    podcastSlug: top.podcastSlug,
    oneLine: top.oneLine,
    episode: digest.episodes.find((episode) => episode.slug === top.episodeSlug),
  }))
  const covered = new Set(listed.map((entry) => entry.episode?.slug))
  const rest: Entry[] = digest.episodes
    .filter((episode) => !covered.has(episode.slug))
    .map((episode) => ({
      key: `episode-${episode.slug}`,
      podcast: episode.podcast,
      podcastSlug: episode.podcastSlug,
      oneLine: episode.oneLine ?? episode.summary.split(/(?<=\.)\s/)[0] ?? null,
      episode,
    }))
  return [...listed, ...rest]
}

export function TopPodcastList({ digest, podcast }: { digest: Digest; podcast: string | null }) {
  const entries = entriesOf(digest).filter((entry) => !podcast || entry.podcastSlug === podcast)
  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600 dark:border-stone-700 dark:text-stone-300">
        No episode from this podcast in this digest.
      </p>
    )
  }
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li
          key={entry.key}
          className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900"
        >
          <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase dark:text-teal-300">
            <Link to={`/podcasts/${entry.podcastSlug}`} className="hover:underline">
              {entry.podcast}
            </Link>
          </p>
          {entry.episode ? (
            <h3 className="mt-1 font-serif text-xl leading-snug font-semibold">
              <Link
                to={`/digests/${digest.date}/${entry.episode.slug}`}
                className="hover:text-teal-800 hover:underline dark:hover:text-teal-300"
              >
                <EmojiText text={entry.episode.title} />
              </Link>
            </h3>
          ) : (
            <p className="mt-1 text-sm text-stone-500 italic dark:text-stone-400">
              This podcast has no episode in the digest.
            </p>
          )}
          {entry.oneLine && (
            <p className="mt-2 max-w-[70ch] leading-relaxed text-stone-700 dark:text-stone-300">
              {entry.oneLine}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
