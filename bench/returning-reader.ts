import type { Browser } from '@playwright/test'
import { loadUntilVisible, pageProbe, readProbe, slowDown, VIEWPORT } from './page-timing'
import { median, round } from './stats'
import { CONTENT } from './time-to-content'

/**
 * The reader who comes back: the app's service worker is installed and in
 * control (one earlier visit), the HTTP cache is warm, and the page is opened
 * again, slowed down as the cold loads are (slowDown). Cold loads
 * (time-to-content.ts) block the worker; this is what every visit after the
 * first is like (decision 0007, addendum "pages from the network"). Median of
 * `runs` per page, in ms to the same content as the cold loads.
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
  for (let i = 0; i < runs; i++) {
    for (const page of Object.values(pages)) {
      page.runs.push(await returningLoad(browser, page.url, page.selector))
    }
  }
  return {
    overviewMs: round(median(pages.overview.runs)),
    episodeMs: round(median(pages.episode.runs)),
    runsMs: { overview: pages.overview.runs, episode: pages.episode.runs },
  }
}

async function returningLoad(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: VIEWPORT })
  try {
    // The earlier visit, at full speed: it installs the worker, which
    // precaches the app, and leaves the page controlled.
    const first = await context.newPage()
    await first.goto(url)
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    })
    // Let the worker's precache and the app's own data requests finish.
    await first.waitForLoadState('networkidle')
    await first.close()

    const page = await context.newPage()
    await slowDown(page)
    await page.addInitScript({ content: pageProbe(selector) })
    await loadUntilVisible(page, url)
    return round((await readProbe(page)).marks.target ?? Number.NaN)
  } finally {
    await context.close()
  }
}
