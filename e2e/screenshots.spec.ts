import { expect, test } from '@playwright/test'
import { SAVE_SCREENSHOTS } from './support/page-checks'
import { PAGES } from './support/pages'

// Screenshots of every page at phone and desktop widths, light and dark, for
// people to look at (saved under screenshots/, git-ignored). Each also checks
// that nothing forces sideways scrolling at that width.
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]
const THEMES = ['light', 'dark'] as const

for (const { name, path, heading } of PAGES) {
  test(`${name} at 390 and 1280 px, light and dark`, async ({ page }) => {
    // Four loads and four full-page captures: more than one page's share of time.
    test.setTimeout(120_000)
    for (const { width, height } of WIDTHS) {
      for (const theme of THEMES) {
        await page.setViewportSize({ width, height })
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
          timeout: 15_000,
        })
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0)
        if (!SAVE_SCREENSHOTS) continue
        await page.screenshot({
          path: `screenshots/${name}-${width}px-${theme}.png`,
          fullPage: true,
          animations: 'disabled',
        })
      }
    }
  })
}
