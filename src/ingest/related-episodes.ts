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
  episodeCount: number
  /** topic key -> episodes that mention it */
  byTopic: Map<string, EpisodeEntry[]>
}

export function buildTopicIndex(digests: DigestMeta[]): TopicIndex {
  const byTopic = new Map<string, EpisodeEntry[]>()
  let episodeCount = 0
  for (const digest of digests) {
    for (const episode of digest.episodes) {
      episodeCount++
      const entry = {
        date: digest.date,
        episodeSlug: episode.slug,
        podcast: episode.podcast,
        title: episode.title,
      }
      for (const key of episode.topics) {
        const list = byTopic.get(key) ?? []
        list.push(entry)
        byTopic.set(key, list)
      }
    }
  }
  return { episodeCount, byTopic }
}

/**
 * Episodes that share the post's topics, best first. A shared rare topic
 * ("DeepSeek") counts for more than a common one ("China"): each topic weighs
 * its inverse document frequency, so a large archive does not relate every
 * post to every episode that names a country.
 */
export function relatedEpisodesFor(post: Post, index: TopicIndex, limit: number): RelatedEpisode[] {
  const scores = new Map<string, { entry: EpisodeEntry; score: number; shared: string[] }>()
  for (const topic of post.topics) {
    const episodes = index.byTopic.get(topicKey(topic))
    if (!episodes) continue
    const weight = Math.log(1 + index.episodeCount / episodes.length)
    for (const entry of episodes) {
      const id = `${entry.date}/${entry.episodeSlug}`
      const current = scores.get(id) ?? { entry, score: 0, shared: [] }
      current.score += weight
      current.shared.push(topic)
      scores.set(id, current)
    }
  }
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || b.entry.date.localeCompare(a.entry.date))
    .slice(0, limit)
    .map(({ entry, shared }) => ({ ...entry, sharedTopics: shared }))
}
