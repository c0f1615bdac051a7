import type { Post, RelatedEpisode } from '../schema/post'
import type { DigestMeta } from './build-site'
import { topicKey } from './topics'

interface EpisodeEntry {
  date: string
  episodeSlug: string
  podcast: string
  title: string
}

export interface TopicIndex {
  episodes: EpisodeEntry[]
  /** The topic keys of each episode, by position in `episodes`. */
  topicsOf: ReadonlySet<string>[]
  /** topic key -> positions in `episodes` of the episodes that mention it */
  byTopic: Map<string, number[]>
}

export function buildTopicIndex(digests: DigestMeta[]): TopicIndex {
  const episodes: EpisodeEntry[] = []
  const topicsOf: Set<string>[] = []
  const byTopic = new Map<string, number[]>()
  for (const digest of digests) {
    for (const episode of digest.episodes) {
      const at = episodes.length
      episodes.push({
        date: digest.date,
        episodeSlug: episode.slug,
        podcast: episode.podcast,
        title: episode.title,
      })
      topicsOf.push(new Set(episode.topics))
      for (const key of episode.topics) {
        const list = byTopic.get(key) ?? []
        list.push(at)
        byTopic.set(key, list)
      }
    }
  }
  return { episodes, topicsOf, byTopic }
}

/**
 * Episodes that share the post's topics, best first (ties: the newer, then
 * the first found). A shared rare topic ("DeepSeek") counts for more than a
 * common one ("China"): each topic weighs its inverse document frequency, so
 * a large archive does not relate every post to every episode that names a
 * country.
 */
export function relatedEpisodesFor(post: Post, index: TopicIndex, limit: number): RelatedEpisode[] {
  // A common topic lists thousands of episodes, and every post is scored
  // against them: scores live in a plain array by episode position (a Map
  // keyed by episode made this quadratic step take seconds at 10,000 digests).
  const scores = new Float64Array(index.episodes.length)
  const found: number[] = []
  for (const topic of post.topics) {
    const list = index.byTopic.get(topicKey(topic))
    if (!list) continue
    const weight = Math.log(1 + index.episodes.length / list.length)
    for (const at of list) {
      if (scores[at] === 0) found.push(at)
      scores[at] = (scores[at] ?? 0) + weight
    }
  }
  const entry = (at: number) => index.episodes[at] as EpisodeEntry
  return found
    .sort(
      (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || entry(b).date.localeCompare(entry(a).date),
    )
    .slice(0, limit)
    .map((at) => ({
      ...entry(at),
      sharedTopics: post.topics.filter((topic) => index.topicsOf[at]?.has(topicKey(topic))),
    }))
}
