import type { Browser, Page } from '@playwright/test'
import * as v from 'valibot'
import type { ReadingStateRecord } from '../src/lib/storage/reading-state-schema'
import { READING_STATE_KEY } from '../src/lib/storage/reading-state-store'
import { digestSchema } from '../src/schema/digest'
import { loadUntilVisible, pageProbe, readProbe, slowDown, VIEWPORT } from './page-timing'
import { median, round } from './stats'
import { CONTENT } from './time-to-content'

/**
 * The reader who comes back: the app's service worker is installed and in
 * control (one earlier visit), the HTTP cache is warm, and the page is opened
 * again, slowed down as the cold loads are (slowDown). Cold loads
 * (time-to-content.ts) block the worker; this is what every visit after the
 * first is like (decision 0007, addendum "pages from the network"). Median of
 * `runs` per page, in ms to the same content as the cold loads. The earlier
 * visit left the reader part-way through the episode, so the overview shows
 * "Continue where you left off" and the episode its offer, both from the
 * reader's data, which loads after the first paint: the largest layout shift
 * of any run is reported (decision 0019).
 */
export async function benchReturningReader(
  browser: Browser,
  base: string,
  episodePath: string,
  runs: number,
) {
  const pages = {
    overview: { url: `${base}/`, selector: CONTENT.overview, runs: [] as number[] },
    episode: { url: `${base}${episodePath}`, selector: CONTENT.episode, runs: [] as number[] },
  }
  const shifts: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const page of Object.values(pages)) {
      const load = await returningLoad(browser, page.url, page.selector, `${base}${episodePath}`)
      page.runs.push(load.ms)
      shifts.push(load.cls)
    }
  }
  return {
    overviewMs: round(median(pages.overview.runs)),
    episodeMs: round(median(pages.episode.runs)),
    runsMs: { overview: pages.overview.runs, episode: pages.episode.runs },
    maxCls: round(Math.max(...shifts), 4),
  }
}

/**
 * The reading record of a reader part-way through `episodeUrl`'s episode (at
 * its first section), as the app stores it (src/lib/storage/reading-state-schema.ts).
 */
async function progressIn(page: Page, episodeUrl: string): Promise<string> {
  const [, date = '', slug = ''] =
    new URL(episodeUrl).pathname.match(/^\/digests\/([^/]+)\/([^/]+)$/) ?? []
  const response = await page.request.get(new URL(`/data/digests/${date}.json`, episodeUrl).href)
  const digest = v.parse(digestSchema, await response.json())
  const episode = digest.episodes.find((candidate) => candidate.slug === slug)
  const section = episode?.sections[0]
  if (!episode || !section) throw new Error(`no section to continue in ${episodeUrl}`)
  const record: ReadingStateRecord = {
    version: 1,
    episodes: [
      {
        date,
        episodeSlug: slug,
        episodeTitle: episode.title,
        podcast: episode.podcast,
        readAt: null,
        lastSection: { id: section.id, number: section.number, title: section.title },
        updatedAt: new Date().toISOString(),
      },
    ],
  }
  return JSON.stringify(record)
}

async function returningLoad(
  browser: Browser,
  url: string,
  selector: string,
  episodeUrl: string,
): Promise<{ ms: number; cls: number }> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: VIEWPORT })
  try {
    // The earlier visit, at full speed: it installs the worker, which
    // precaches the app, and leaves the page controlled.
    const first = await context.newPage()
    await first.goto(url)
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    })
    // Part-way through the episode: the record as the app keeps it, read
    // again by the app (a reload), which keeps what its first paint needs.
    const record = await progressIn(first, episodeUrl)
    await first.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: READING_STATE_KEY,
      value: record,
    })
    await first.reload()
    // Let the worker's precache and the app's own data requests finish.
    await first.waitForLoadState('networkidle')
    await first.close()

    const page = await context.newPage()
    await slowDown(page)
    await page.addInitScript({ content: pageProbe(selector) })
    await loadUntilVisible(page, url)
    // The card or offer comes with the reader's data, after the content.
    await page.waitForFunction(() => 'readMarks' in document.documentElement.dataset, null, {
      timeout: 30_000,
    })
    await page.waitForTimeout(500)
    // What the CLS is measured over: the card on the overview, the offer on the episode.
    const continuing = page
      .getByRole('region', { name: 'Continue where you left off' })
      .or(page.getByRole('link', { name: /^Continue where you left off: / }))
    if ((await continuing.count()) === 0) throw new Error(`${url} offers no "Continue"`)
    const probe = await readProbe(page)
    return { ms: round(probe.marks.target ?? Number.NaN), cls: probe.cls }
  } finally {
    await context.close()
  }
}
