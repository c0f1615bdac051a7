import type { Browser, Page } from '@playwright/test'
import { coldPage, measureLoad } from './page-timing'
import { round } from './stats'

/** A digest or episode link inside the page's main content. */
const DIGEST_LINK = 'main a[href^="/digests/2"]'

/**
 * The archive at scale: time to the first digest link (cold, 4x CPU), then
 * scrolling far down (more months load as the reader scrolls) and counting
 * list rows and DOM elements: the page must never hold thousands of rows.
 * Then the podcast filter: time from choosing a podcast to its list showing,
 * and that podcast's own page: time to its first episode link (cold, 4x CPU).
 * One page at a time: the archive's page, busy with thousands of rows,
 * shared the slowed CPU with the podcast page's load (1.4 s instead of 0.6 s).
 */
export async function benchArchive(browser: Browser, base: string, podcast: string) {
  // Measured in the page, as the other pages are (page-timing.ts): polling
  // from the test driver ran Playwright's script on the page's main thread
  // while it loaded, and counted the polling interval.
  const firstLink = await measureLoad(browser, `${base}/digests`, DIGEST_LINK)
  const scrolled = await scrollAndFilter(browser, base, podcast)
  const podcastPage = await measureLoad(browser, `${base}/podcasts/${podcast}`, DIGEST_LINK)
  return {
    firstPaintMs: round(firstLink.visibleMs),
    cls: firstLink.cls,
    ...scrolled,
    podcastPageMs: round(podcastPage.visibleMs),
    podcastPageCls: podcastPage.cls,
  }
}

async function scrollAndFilter(browser: Browser, base: string, podcast: string) {
  const page = await coldPage(browser)
  try {
    await page.goto(`${base}/digests`, { waitUntil: 'commit' })
    await page.locator(DIGEST_LINK).first().waitFor({ timeout: 60_000 })
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 4000)
      await page.waitForTimeout(150)
    }
    const rowsAfterScroll = await page.locator('main li').count()
    const elementsAfterScroll = await page.evaluate(() => document.querySelectorAll('*').length)
    const filter = page.locator('main select').first()
    // The unfiltered list stays on screen until the filtered one is ready
    // (a transition: decision 0016), so its rows are marked, and the time
    // runs until a link shows in a row that is not one of them. Waiting for
    // any link, as before, could end at once, on the old list.
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('main li'))
        row.setAttribute('data-unfiltered', '')
    })
    const started = await page.evaluate(() => performance.now())
    await filter.selectOption(podcast)
    await page.waitForURL(/podcast=/)
    await page.locator(`main li:not([data-unfiltered]) a[href^="/digests/2"]`).first().waitFor()
    const filterChangeMs = round((await page.evaluate(() => performance.now())) - started)
    const rowsFiltered = await settledCount(page, 'main li')
    return { rowsAfterScroll, elementsAfterScroll, filterChangeMs, rowsFiltered }
  } finally {
    await page.context().close()
  }
}

/**
 * The number of elements matching `selector` once it has held still for
 * 300 ms: the filtered list's first link shows before the rest of its rows
 * are in, and a count taken then read 0 or the full list from run to run.
 */
async function settledCount(page: Page, selector: string): Promise<number> {
  let last = -1
  for (let i = 0; i < 50; i++) {
    const count = await page.locator(selector).count()
    if (count === last) return count
    last = count
    await page.waitForTimeout(300)
  }
  return last
}
