import { Link } from 'react-router'
import { EmojiText } from '../../components/emoji-text'
import { lazySlot } from '../../components/lazy-slot'
import { useReadState } from '../../lib/storage/use-reading-state'
import type { Digest } from '../../schema/digest'

// Only a filtered list can be empty: what it says then (and the way back to
// every podcast) is loaded apart, off the overview's first-load budget.
const PodcastFilterEmpty = lazySlot(
  () => import('../../components/podcast-filter-empty').then((module) => module.PodcastFilterEmpty),
  <div className="min-h-20 rounded-lg border border-dashed border-stone-300 dark:border-stone-700" />,
)

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

interface TopPodcastListProps {
  digest: Digest
  podcast: string | null
  /** "Unread only": leave out episodes marked read (and lines without an episode). */
  unreadOnly?: boolean
}

export function TopPodcastList({ digest, podcast, unreadOnly = false }: TopPodcastListProps) {
  const { isRead } = useReadState()
  const read = (entry: Entry) =>
    entry.episode !== undefined && isRead(digest.date, entry.episode.slug)
  const byPodcast = entriesOf(digest).filter((entry) => !podcast || entry.podcastSlug === podcast)
  const entries = unreadOnly
    ? byPodcast.filter((entry) => entry.episode !== undefined && !read(entry))
    : byPodcast
  if (entries.length === 0) {
    return <PodcastFilterEmpty podcast={podcast} allRead={unreadOnly && byPodcast.length > 0} />
  }
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li
          key={entry.key}
          className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5 dark:border-stone-800 dark:bg-stone-900"
        >
          <div className="flex flex-wrap items-center justify-between gap-x-3">
            <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase dark:text-teal-300">
              <Link to={`/podcasts/${entry.podcastSlug}`} className="hover:underline">
                {entry.podcast}
              </Link>
            </p>
            {read(entry) ? <ReadMark /> : null}
          </div>
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

/** Shown on episodes marked read: a word, not only a colour or an icon. */
function ReadMark() {
  return (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-stone-600 dark:text-stone-400">
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
        <path
          fillRule="evenodd"
          d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z"
          clipRule="evenodd"
        />
      </svg>
      Read
    </span>
  )
}
