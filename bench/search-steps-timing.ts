import type { Browser } from '@playwright/test'
import { coldPage } from './page-timing'

const LOADING = 'Searching older digests'

/**
 * Opens `url` (a /search?q= address), presses "Search older digests" up to
 * `steps` times and returns each step's milliseconds, from the press until
 * the button stops reading "Searching older digests…": the step's shards
 * fetched, read and joined. Fewer when the archive runs out first.
 */
export async function searchStepTimes(
  browser: Browser,
  url: string,
  steps: number,
  cpuSlowdown = 1,
): Promise<number[]> {
  const page = await coldPage(browser, cpuSlowdown)
  try {
    await page.goto(url)
    const button = page.getByRole('button', { name: 'Search older digests' })
    await button.waitFor()
    const times: number[] = []
    for (let step = 0; step < steps && (await button.count()) > 0; step++) {
      const started = Date.now()
      await button.click()
      await page.waitForFunction(
        (loading) =>
          ![...document.querySelectorAll('button')].some((b) => b.textContent?.includes(loading)),
        LOADING,
        { timeout: 180_000, polling: 100 },
      )
      times.push(Date.now() - started)
    }
    return times
  } finally {
    await page.context().close()
  }
}
