import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { PAGES } from './support/pages'

// One pass over every page: accessibility (axe-core: no serious or critical
// violations, light and dark) and screenshots at phone and desktop widths for
// people to look at (saved under screenshots/, git-ignored).
const WIDTHS = [
  { label: 'phone', width: 390, height: 844 },
  { label: 'desktop', width: 1280, height: 900 },
]
const THEMES = ['light', 'dark'] as const

for (const { name, path, heading } of PAGES) {
  test.describe(name, () => {
    for (const theme of THEMES) {
      test(`${name} (${theme}) has no serious accessibility violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme })
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        const results = await new AxeBuilder({ page }).analyze()
        const serious = results.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        )
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([])
      })
    }

    test(`${name} screenshots at phone and desktop widths`, async ({ page }) => {
      for (const { label, width, height } of WIDTHS) {
        for (const theme of THEMES) {
          await page.setViewportSize({ width, height })
          await page.emulateMedia({ colorScheme: theme })
          await page.goto(path)
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
          // Nothing may force sideways scrolling on a phone.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0)
          await page.screenshot({
            path: `screenshots/${name}-${label}-${theme}.png`,
            fullPage: true,
          })
        }
      }
    })
  })
}
