import { expect, type Page, test } from '@playwright/test'
import { delayScripts } from './support/delay-scripts'
import { layoutShiftSources, recordLayoutShifts } from './support/layout-shifts'
import { scaleBaseURL } from './support/scale-site'

// A prerendered page is made unfiltered and served for every address of its
// path; on a filtered one, public/theme-init.js hides the rows and the
// controls' values until the app has run (decision 0008). Whatever the app
// then shows in their place must take the room the HTML gave it: nothing on
// the first screen may move (issue 5: CLS 0), whether the app comes seconds
// after the first paint (a slow network or phone) or at once. Each shift is
// reported with what moved, from where to where.

const PODCAST = 'all-in-podcast'
/** How long the app's scripts are held back: the page is up, the app is not. */
const HELD_BACK_MS = 2_000

/** What the addresses take from the 1,000-digest site's own data. */
interface Site {
  /** The newest month, which the prerendered archive shows, and the newest day. */
  newest: string
  latest: string
  /** An older month, and an older year of the podcast's episodes. */
  month: string
  year: string
  /** A podcast of the newest day, and one of that day's episodes (its address). */
  dayPodcast: string
  dayEpisode: string
}

async function readSite(page: Page): Promise<Site> {
  const index = (await (await page.request.get('/data/index.json')).json()) as {
    latest: string
    months: { month: string }[]
  }
  const podcast = (await (await page.request.get(`/data/podcasts/${PODCAST}.json`)).json()) as {
    episodes: { date: string }[]
  }
  const day = (await (await page.request.get(`/data/digests/${index.latest}.json`)).json()) as {
    episodes: { slug: string; podcastSlug: string }[]
  }
  const newest = index.months[0]?.month
  const month = index.months[4]?.month
  const year = [...new Set(podcast.episodes.map((episode) => episode.date.slice(0, 4)))][1]
  const [episode] = day.episodes
  if (!newest || !month || !year || !episode) throw new Error('the generated archive is too short')
  return {
    newest,
    latest: index.latest,
    month,
    year,
    dayPodcast: episode.podcastSlug,
    dayEpisode: `/digests/${index.latest}/${episode.slug}`,
  }
}

/** "Unread only" filters only with something read: the newest day's first episode is. */
async function markDayEpisodeRead(page: Page, { dayEpisode }: Site) {
  await page.goto(dayEpisode)
  await expect(page.locator('html[data-app-ready]')).toBeAttached({ timeout: 20_000 })
  const mark = page.getByRole('button', { name: 'Mark as read' })
  await mark.click()
  await expect(mark).toHaveAttribute('aria-pressed', 'true')
}

interface Address {
  name: string
  path: (site: Site) => string
  /** The rows the app shows there once it has run (a link address prefix). */
  rows: (site: Site) => string
  /** What the reader has done before opening the address. */
  before?: (page: Page, site: Site) => Promise<void>
}

const ADDRESSES: Address[] = [
  {
    name: '/digests?podcast= (one podcast’s archive)',
    path: () => `/digests?podcast=${PODCAST}`,
    rows: () => '/digests/',
  },
  {
    name: '/digests?from= (an older month)',
    path: ({ month }) => `/digests?from=${month}`,
    rows: ({ month }) => `/digests/${month}-`,
  },
  {
    name: '/podcasts/<slug>?year= (an older year)',
    path: ({ year }) => `/podcasts/${PODCAST}?year=${year}`,
    rows: ({ year }) => `/digests/${year}-`,
  },
  // The day's previous / next links stood under the "Loading…" line and moved when the rows came.
  {
    name: '/?podcast= (the overview, one podcast)',
    path: ({ dayPodcast }) => `/?podcast=${dayPodcast}`,
    rows: ({ latest }) => `/digests/${latest}/`,
  },
  {
    name: '/?unread=1 (the overview, an episode read)',
    path: () => '/?unread=1',
    rows: ({ latest }) => `/digests/${latest}/`,
    before: markDayEpisodeRead,
  },
  {
    name: '/digests/<newest day>?podcast= (one podcast)',
    path: ({ latest, dayPodcast }) => `/digests/${latest}?podcast=${dayPodcast}`,
    rows: ({ latest }) => `/digests/${latest}/`,
  },
  // Unfiltered: the pages as they were made, a guard that the fixes move nothing there.
  {
    name: '/digests (unfiltered)',
    path: () => '/digests',
    rows: ({ newest }) => `/digests/${newest}-`,
  },
  {
    name: '/ (unfiltered)',
    path: () => '/',
    rows: ({ latest }) => `/digests/${latest}/`,
  },
  {
    name: '/podcasts/<slug> (unfiltered)',
    path: () => `/podcasts/${PODCAST}`,
    rows: () => '/digests/',
  },
  // Not filtered, but it moved too: the app said "Latest digest" only once the index came.
  {
    name: '/digests/<newest day> (unfiltered)',
    path: ({ latest }) => `/digests/${latest}`,
    rows: ({ latest }) => `/digests/${latest}/`,
  },
]

test.describe('no layout shift on a filtered address, 1,000-digest archive', () => {
  test.use({ baseURL: scaleBaseURL })

  for (const { name, path, rows, before } of ADDRESSES) {
    for (const { width, height } of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      for (const heldBack of [HELD_BACK_MS, 0]) {
        test(`${name} at ${width} px, scripts held back ${heldBack} ms`, async ({ page }) => {
          const site = await readSite(page)
          await page.setViewportSize({ width, height })
          await before?.(page, site)
          if (heldBack) await delayScripts(page, heldBack)
          await recordLayoutShifts(page)
          await page.goto(path(site))
          await expect(page.locator('html[data-app-ready]')).toBeAttached({ timeout: 20_000 })
          await expect(
            page.locator(`[data-filtered-list] a[href^="${rows(site)}"]`).first(),
          ).toBeVisible({ timeout: 20_000 })
          await expect(page.locator('[data-skeleton]')).toHaveCount(0)
          // Shifts are reported after the frame that made them: a few frames on.
          await page.waitForTimeout(300)
          expect(await layoutShiftSources(page), path(site)).toEqual([])
        })
      }
    }
  }
})

// A day older than the prerendered ones is drawn by the app, and parts of it
// a moment later, each with its own chunk: the reader's progress ("5 unread",
// "Mark all in this digest read"), "Unread only" and the previous / next
// links. The room held for them was a fixed box each: a phone wraps the
// progress onto two lines (Top Podcast moved down 28 px), "Unread only" is
// 3 px narrower than its box (the filters beside it moved), and a phone
// stacks the three links (198 px, not 64). Seen on a busy machine; the chunks
// are held back here, as a slow network would, so that they come after the day.
test.describe('no layout shift when a day the app renders gets its pager', () => {
  test.use({ baseURL: scaleBaseURL })

  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`an older day, one podcast, at ${width} px`, async ({ page }) => {
      const { month } = await readSite(page)
      const days = (await (await page.request.get(`/data/months/${month}.json`)).json()) as {
        digests: { date: string }[]
      }
      const date = days.digests[0]?.date
      if (!date) throw new Error(`the month ${month} has no day`)
      const digest = (await (await page.request.get(`/data/digests/${date}.json`)).json()) as {
        episodes: { podcastSlug: string }[]
      }
      await page.setViewportSize({ width, height })
      await page.route(
        /\/assets\/(digest-pager|digest-read-status|unread-filter)-[^/]*\.js$/,
        async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_500))
          await route.continue()
        },
      )
      await recordLayoutShifts(page)
      await page.goto(`/digests/${date}?podcast=${digest.episodes[0]?.podcastSlug}`)
      await expect(page.getByRole('link', { name: /Previous digest/ })).toBeVisible({
        timeout: 20_000,
      })
      await expect(page.getByRole('button', { name: 'Mark all in this digest read' })).toBeVisible()
      await page.waitForTimeout(300)
      expect(await layoutShiftSources(page)).toEqual([])
    })
  }
})
