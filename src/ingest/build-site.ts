import { encodeDays } from '../schema/archive-dates'
import { cutAtWord } from '../schema/cut-at-word'
import type { Digest, Episode } from '../schema/digest'
import type { Post } from '../schema/post'
import type { Issue } from '../schema/report'
import type {
  DigestSummary,
  EpisodeRef,
  MonthFile,
  PostList,
  SiteIndex,
} from '../schema/site-index'
import { splitPodcast } from './podcast-parts'
import { buildTopicIndex, relatedEpisodesFor, type TopicIndex } from './related-episodes'
import { uniqueSlug } from './slug'

/** One parsed document and where it came from (for messages and tie-breaks). */
export interface Sourced<T> {
  file: string
  value: T
}

/**
 * What the site files need of a digest. A full `Digest` fits; the CLI passes
 * this lighter shape so that a 10,000-digest run never holds every section in
 * memory (it writes each `digests/<date>.json` as soon as it is parsed).
 */
export type DigestMeta = Pick<Digest, 'date' | 'site' | 'title'> & {
  episodes: Pick<Episode, 'slug' | 'podcast' | 'podcastSlug' | 'title' | 'oneLine' | 'topics'>[]
}

export interface SiteInput {
  digests: Sourced<DigestMeta>[]
  posts: Sourced<Post>[]
}

export interface SiteOutput {
  /** Relative path under the output folder -> JSON value (validated by the writer). */
  files: Map<string, unknown>
  /** Source file -> `posts/<slug>.json`, for the report. */
  postOutputs: Map<string, string>
  issues: Issue[]
}

const MAX_RELATED = 6

/**
 * Turns parsed documents into the published index files (the CLI writes each
 * `digests/<date>.json` itself). Pure: no I/O, so the CLI, the build and the
 * tests share it. The split (index, months, podcasts, one
 * file per digest and post) keeps what the app fetches first small whatever
 * the size of the archive.
 */
export function buildSite({ digests, posts }: SiteInput): SiteOutput {
  const issues: Issue[] = []
  const byDate = pickOnePerDate(digests, issues)
  const ordered = [...byDate.values()].sort((a, b) => b.value.date.localeCompare(a.value.date))
  const files = new Map<string, unknown>()

  const months = new Map<string, DigestSummary[]>()
  const podcasts = new Map<string, { name: string; episodes: EpisodeRef[] }>()
  for (const { value: digest } of ordered) {
    const refs = digest.episodes.map((episode) => episodeRef(digest, episode))
    const month = digest.date.slice(0, 7)
    const list = months.get(month) ?? []
    list.push({ date: digest.date, title: digest.title, episodes: refs })
    months.set(month, list)
    for (const ref of refs) {
      const entry = podcasts.get(ref.podcastSlug) ?? { name: ref.podcast, episodes: [] }
      entry.episodes.push(ref)
      podcasts.set(ref.podcastSlug, entry)
    }
  }

  for (const [month, list] of months) {
    const file: MonthFile = { month, digests: list }
    files.set(`months/${month}.json`, file)
  }
  for (const [slug, { name, episodes }] of podcasts) {
    const { file, parts } = splitPodcast(slug, name, episodes)
    files.set(`podcasts/${slug}.json`, file)
    for (const part of parts) files.set(`podcasts/${slug}/${part.part}.json`, part)
  }

  const topicIndex: TopicIndex = buildTopicIndex(ordered.map(({ value }) => value))
  const postOutputs = new Map<string, string>()
  const published = dedupePostSlugs(posts).map(({ file, value }) => {
    const post: Post = {
      ...value,
      relatedEpisodes: relatedEpisodesFor(value, topicIndex, MAX_RELATED),
    }
    files.set(`posts/${post.slug}.json`, post)
    postOutputs.set(file, `posts/${post.slug}.json`)
    return { file, value: post }
  })
  const postList: PostList = {
    posts: published.sort(newestPostFirst).map(({ value }) => postSummary(value)),
  }
  files.set('posts.json', postList)

  const index: SiteIndex = {
    version: 2,
    site: ordered[0]?.value.site ?? 'Digestly',
    latest: ordered[0]?.value.date ?? null,
    digestCount: ordered.length,
    months: [...months].map(([month, list]) => ({
      month,
      count: list.length,
      days: encodeDays(list.map((d) => d.date)),
    })),
    podcasts: [...podcasts]
      .map(([slug, { name, episodes }]) => ({ slug, name, episodeCount: episodes.length }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    postCount: published.length,
  }
  files.set('index.json', index)
  return { files, postOutputs, issues }
}

function episodeRef(digest: DigestMeta, episode: DigestMeta['episodes'][number]): EpisodeRef {
  return {
    date: digest.date,
    slug: episode.slug,
    podcast: episode.podcast,
    podcastSlug: episode.podcastSlug,
    title: episode.title,
    oneLine: episode.oneLine,
  }
}

/**
 * Two documents for one date: the one whose file name sorts last wins (a
 * re-sent digest is usually named later), and the report says which lost.
 */
function pickOnePerDate(digests: Sourced<DigestMeta>[], issues: Issue[]) {
  const byDate = new Map<string, Sourced<DigestMeta>>()
  const sorted = [...digests].sort((a, b) => a.file.localeCompare(b.file))
  for (const entry of sorted) {
    const previous = byDate.get(entry.value.date)
    if (previous) {
      issues.push({
        file: previous.file,
        line: 1,
        severity: 'warning',
        code: 'duplicate-date',
        message: `${previous.file} and ${entry.file} are both the digest of ${entry.value.date}; ${entry.file} is published and ${previous.file} is ignored.`,
      })
    }
    byDate.set(entry.value.date, entry)
  }
  return byDate
}

/**
 * Post slugs come from titles; on a clash the earlier file keeps the plain
 * slug. Exported for the search index, which is built before the site files.
 */
export function dedupePostSlugs(posts: Sourced<Post>[]): Sourced<Post>[] {
  const taken = new Set<string>()
  return [...posts]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ file, value }) => ({ file, value: { ...value, slug: uniqueSlug(value.slug, taken) } }))
}

/**
 * The commentary list's order: newest first, as a reader of any blog expects.
 * Dated posts by their date; then the undated ones (the seed's post has no
 * date), whose file names are the only hint of when they were written: by
 * the numbers in them, the highest first, so "post-1019" comes before
 * "post-119" and not between "post-1" and "post-2". (The slugs keep the
 * files' plain order: dedupePostSlugs.)
 */
function newestPostFirst(a: Sourced<Post>, b: Sourced<Post>): number {
  const [dateA, dateB] = [a.value.date, b.value.date]
  if (dateA !== dateB) {
    if (dateA === null) return 1
    if (dateB === null) return -1
    return dateB.localeCompare(dateA)
  }
  return b.file.localeCompare(a.file, 'en', { numeric: true })
}

function postSummary(post: Post) {
  const firstParagraph = post.blocks.find((block) => block.type === 'paragraph')
  const text = firstParagraph?.type === 'paragraph' ? firstParagraph.text : ''
  return {
    slug: post.slug,
    title: post.title,
    date: post.date,
    excerpt: cutAtWord(text, 220),
    topics: post.topics,
  }
}
