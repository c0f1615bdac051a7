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
  /** The topic keys of each episode, by position in `episodes` (a few each: a list, not a Set per episode). */
  topicsOf: readonly (readonly string[])[]
  /** topic key -> positions in `episodes` of the episodes that mention it */
  byTopic: Map<string, number[]>
}

export function buildTopicIndex(digests: DigestMeta[]): TopicIndex {
  const episodes: EpisodeEntry[] = []
  const topicsOf: (readonly string[])[] = []
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
      topicsOf.push(episode.topics)
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
  // Higher score first, then the newer (ISO dates compare as strings).
  const ranksAbove = (a: number, b: number) => {
    const byScore = (scores[a] ?? 0) - (scores[b] ?? 0)
    return byScore > 0 || (byScore === 0 && entry(a).date > entry(b).date)
  }
  // The best `limit` in one pass, not a sort of every episode found (tens of
  // thousands for a post naming a common topic): each goes after the kept
  // ones that rank at or above it, so ties keep the order found.
  const best: number[] = []
  for (const at of found) {
    let place = best.length
    while (place > 0 && ranksAbove(at, best[place - 1] ?? 0)) place--
    if (place >= limit) continue
    best.splice(place, 0, at)
    if (best.length > limit) best.pop()
  }
  return best.map((at) => ({
    ...entry(at),
    sharedTopics: post.topics.filter((topic) => index.topicsOf[at]?.includes(topicKey(topic))),
  }))
}
