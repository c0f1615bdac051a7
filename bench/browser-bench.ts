import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium'
import { median, percentile, round } from './stats'

const RUNS = 7

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/** A cold page (new context, empty cache) with the CPU slowed 4x through the DevTools protocol. */
async function coldPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return page
}

/** ms from navigation start until `selector` is visible, median of RUNS cold loads. */
async function timeToVisible(browser: Browser, url: string, selector: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const page = await coldPage(browser)
    await page.goto(url, { waitUntil: 'commit' })
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 })
    times.push(await page.evaluate(() => performance.now()))
    await page.context().close()
  }
  return round(median(times))
}

export async function benchTimeToContent(browser: Browser, base: string, episodePath: string) {
  const overview = await timeToVisible(browser, `${base}/`, 'main ol a[href^="/digests/"]')
  const episode = await timeToVisible(
    browser,
    `${base}${episodePath}`,
    'main h2 button[aria-expanded]:visible',
  )
  const staticHtml = await timeToVisible(browser, `${base}/static-episode.html`, 'h2')
  return {
    overviewMs: overview,
    episodeMs: episode,
    staticEpisodeMs: staticHtml,
    ratio: round(episode / staticHtml, 2),
  }
}

/** Bytes of every data file fetched before the overview's first episode link shows. */
export async function benchFirstLoadData(browser: Browser, base: string) {
  const page = await coldPage(browser)
  const bodies: Buffer[] = []
  const files: string[] = []
  page.on('response', async (response) => {
    if (!response.url().includes('/data/')) return
    files.push(new URL(response.url()).pathname)
    bodies.push(await response.body())
  })
  await page.goto(`${base}/`)
  await page.locator('main ol a[href^="/digests/"]').first().waitFor()
  await page.waitForTimeout(200)
  await page.context().close()
  const raw = bodies.reduce((n, body) => n + body.length, 0)
  const gzip = bodies.reduce((n, body) => n + gzipSync(body).length, 0)
  return { files, rawKb: round(raw / 1024), gzipKb: round(gzip / 1024) }
}

/** Archive at scale: first paint, rows in the DOM after scrolling, filter change. */
export async function benchArchive(browser: Browser, base: string, podcast: string) {
  const page = await coldPage(browser)
  await page.goto(`${base}/digests`, { waitUntil: 'commit' })
  await page.locator('main article h3 a').first().waitFor({ timeout: 60_000 })
  const firstPaintMs = round(await page.evaluate(() => performance.now()))
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, 4000)
    await page.waitForTimeout(100)
  }
  const rowsAfterScroll = await page.locator('main li').count()
  const started = Date.now()
  await page.getByLabel('Filter by podcast').selectOption(podcast)
  await page.waitForURL(/podcast=/)
  await page.locator('main li a[href^="/digests/"]').first().waitFor()
  const filterMs = Date.now() - started
  await page.context().close()
  return { firstPaintMs, rowsAfterScroll, filterChangeMs: filterMs }
}

export { median, percentile }
