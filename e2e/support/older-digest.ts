import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test'
import * as v from 'valibot'
import { encodeDays } from '../../src/schema/archive-dates'
import { type Digest, digestSchema } from '../../src/schema/digest'
import {
  type EpisodeRef,
  monthFileSchema,
  podcastFileSchema,
  type SiteIndex,
  siteIndexSchema,
} from '../../src/schema/site-index'
import type { Schema } from '../../src/schema/validate'

// content/ holds one digest, but previous/next links, the archive's month
// paging and the podcast filter across days need two. This adds a second,
// older digest (in the month before, with a podcast the seed does not have)
// to what the browser sees, built from the published seed so it always
// matches the schemas. The product's own content stays as it is.

export const SEED = { date: '2025-02-03', title: "AI's Global Impact & Gender Talks" }
export const OLDER = {
  date: '2025-01-31',
  month: '2025-01',
  title: 'Chips, Tariffs & Sleep',
  allIn: { slug: 'tariffs-and-the-chip-race', title: 'Tariffs and the Chip Race' },
  huberman: { slug: 'how-to-sleep-better', title: 'How to Sleep Better Tonight' },
}

async function published<T>(request: APIRequestContext, path: string, schema: Schema<T>) {
  const response = await request.get(`/data/${path}`)
  if (!response.ok()) throw new Error(`/data/${path} is not published (${response.status()})`)
  return v.parse(schema, await response.json())
}

function olderDigest(seed: Digest): Digest {
  const [model] = seed.episodes
  if (!model) throw new Error('the seed digest has no episode')
  const allIn = {
    ...model,
    ...OLDER.allIn,
    podcast: 'All-In Podcast',
    podcastSlug: 'all-in-podcast',
    oneLine: 'The hosts weigh tariffs on chips against the race to build AI data centres.',
  }
  const huberman = {
    ...model,
    ...OLDER.huberman,
    podcast: 'Huberman Lab',
    podcastSlug: 'huberman-lab',
    oneLine: 'Light, temperature and timing: a protocol for falling asleep faster.',
  }
  return {
    ...seed,
    date: OLDER.date,
    title: `${OLDER.title} 💤`,
    topPodcasts: [allIn, huberman].map((episode) => ({
      podcast: episode.podcast,
      podcastSlug: episode.podcastSlug,
      oneLine: episode.oneLine,
      episodeSlug: episode.slug,
    })),
    episodes: [allIn, huberman],
  }
}

function refsOf(digest: Digest): EpisodeRef[] {
  return digest.episodes.map((episode) => ({
    date: digest.date,
    slug: episode.slug,
    podcast: episode.podcast,
    podcastSlug: episode.podcastSlug,
    title: episode.title,
    oneLine: episode.oneLine,
  }))
}

/** Serves the archive as if the ingest had published a second, older digest. */
export async function addOlderDigest(page: Page, request: APIRequestContext) {
  const [index, seed, allInFile] = await Promise.all([
    published(request, 'index.json', siteIndexSchema),
    published(request, `digests/${SEED.date}.json`, digestSchema),
    published(request, 'podcasts/all-in-podcast.json', podcastFileSchema),
  ])
  const older = olderDigest(seed)
  const refs = refsOf(older)
  const extended: SiteIndex = {
    ...index,
    digestCount: index.digestCount + 1,
    months: [...index.months, { month: OLDER.month, count: 1, days: encodeDays([OLDER.date]) }],
    podcasts: [
      ...index.podcasts.map((podcast) =>
        podcast.slug === 'all-in-podcast'
          ? { ...podcast, episodeCount: podcast.episodeCount + 1 }
          : podcast,
      ),
      { slug: 'huberman-lab', name: 'Huberman Lab', episodeCount: 1 },
    ],
  }
  const month = v.parse(monthFileSchema, {
    month: OLDER.month,
    digests: [{ date: older.date, title: older.title, episodes: refs }],
  })
  const files: Record<string, unknown> = {
    'index.json': extended,
    [`digests/${OLDER.date}.json`]: v.parse(digestSchema, older),
    [`months/${OLDER.month}.json`]: month,
    'podcasts/all-in-podcast.json': {
      ...allInFile,
      episodes: [...allInFile.episodes, ...refs.filter((r) => r.podcastSlug === 'all-in-podcast')],
    },
    'podcasts/huberman-lab.json': {
      slug: 'huberman-lab',
      name: 'Huberman Lab',
      episodes: refs.filter((r) => r.podcastSlug === 'huberman-lab'),
    },
  }
  for (const [path, json] of Object.entries(files)) {
    await page.route(`**/data/${path}`, (route) => route.fulfill({ json }))
  }
}

/**
 * The older month loads on demand: by itself as it scrolls near, or with the
 * button. The button can vanish between seeing it and clicking it (the month
 * arrived by itself), so the click is retried until `shown` is visible.
 */
export async function showOlderMonth(page: Page, shown: Locator) {
  const older = page.getByRole('button', { name: 'Show older digests' })
  // Each try waits a few seconds: on a loaded machine a 1 s click never saw the button stable.
  await expect(async () => {
    if (await older.isVisible()) await older.click({ timeout: 5_000 })
    await expect(shown).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 40_000 })
}
