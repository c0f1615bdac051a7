import type { Browser } from '@playwright/test'
import { coldPage } from './page-timing'
import { round } from './stats'

/**
 * Hook for the search measurement (search is being built by another
 * engineer): a cold load of `/search?q=<term>` under 4x CPU, until the first
 * result link shows. Reports `available: false` while the app has no search
 * page, so the benchmark runs before and after it lands. When the search UI
 * settles, refine `RESULT` and add a typing measurement here.
 */
const RESULT = 'main a[href^="/digests/2"], main a[href^="/commentary/"]'

export async function benchSearch(browser: Browser, base: string, term: string) {
  const page = await coldPage(browser)
  try {
    await page.goto(`${base}/search?q=${encodeURIComponent(term)}`, { waitUntil: 'commit' })
    const found = await page
      .locator(RESULT)
      .first()
      .waitFor({ timeout: 30_000 })
      .then(
        () => true,
        () => false,
      )
    if (!found) return { available: false as const, term }
    const firstResultMs = round(await page.evaluate(() => performance.now()))
    return { available: true as const, term, firstResultMs }
  } finally {
    await page.context().close()
  }
}
