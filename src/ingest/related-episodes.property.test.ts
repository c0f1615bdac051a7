import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Post } from '../schema/post'
import type { DigestMeta } from './build-site'
import { buildTopicIndex, relatedEpisodesFor } from './related-episodes'
import { topicKey } from './topics'

// A few topics and dates, so that scores and dates tie often: the ties are
// where a one-pass selection can differ from a sort.
const TOPICS = ['China', 'DeepSeek', 'Nvidia', 'Open AI', 'Tariffs']
const DATES = ['2026-01-01', '2026-01-02', '2026-02-01']

const digestsArbitrary = fc.array(
  fc.record({
    date: fc.constantFrom(...DATES),
    episodes: fc.array(fc.subarray(TOPICS), { maxLength: 4 }),
  }),
  { maxLength: 12 },
)

function digestsOf(shapes: { date: string; episodes: string[][] }[]): DigestMeta[] {
  return shapes.map(({ date, episodes }, d) => ({
    date,
    site: 'Digestly',
    title: `Digest ${d}`,
    episodes: episodes.map((topics, e) => ({
      slug: `episode-${d}-${e}`,
      podcast: 'Pod',
      podcastSlug: 'pod',
      title: `Episode ${d}.${e}`,
      oneLine: '',
      topics: topics.map(topicKey),
    })),
  }))
}

/** What relatedEpisodesFor returned before it selected in one pass: a stable sort of all. */
function bySorting(post: Post, digests: DigestMeta[], limit: number) {
  const index = buildTopicIndex(digests)
  const scores = new Map<number, number>()
  for (const topic of post.topics) {
    const list = index.byTopic.get(topicKey(topic))
    if (!list) continue
    const weight = Math.log(1 + index.episodes.length / list.length)
    for (const at of list) scores.set(at, (scores.get(at) ?? 0) + weight)
  }
  return [...scores.keys()]
    .sort(
      (a, b) =>
        (scores.get(b) ?? 0) - (scores.get(a) ?? 0) ||
        (index.episodes[b]?.date ?? '').localeCompare(index.episodes[a]?.date ?? ''),
    )
    .slice(0, limit)
    .map((at) => index.episodes[at]?.episodeSlug)
}

describe('relatedEpisodesFor', () => {
  it('picks the same episodes, in the same order, as a stable sort of every one found', () => {
    fc.assert(
      fc.property(
        digestsArbitrary,
        fc.subarray(TOPICS),
        fc.integer({ min: 1, max: 8 }),
        (shapes, topics, limit) => {
          const digests = digestsOf(shapes)
          const post = { topics } as Post
          const related = relatedEpisodesFor(post, buildTopicIndex(digests), limit)
          expect(related.map((e) => e.episodeSlug)).toEqual(bySorting(post, digests, limit))
          for (const episode of related) {
            expect(episode.sharedTopics.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
