import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { addOlderDigest, showOlderMonth } from './support/older-digest'
import { PAGES, serveAppShell } from './support/pages'

// axe-core on every page, in the light and the dark theme: no serious or
// critical violation. Plus the states a page can be in besides "loaded":
// filtered, a failed data file, and the archive with more than one month.
test.use({ serviceWorkers: 'block' })

const THEMES = ['light', 'dark'] as const

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

for (const { name, path, heading } of PAGES) {
  for (const theme of THEMES) {
    test(`${name} (${theme}) has no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expectNoSeriousViolations(page)
    })
  }
}

for (const theme of THEMES) {
  test(`a filtered archive of two months (${theme})`, async ({ page, request }) => {
    await addOlderDigest(page, request)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/digests')
    await showOlderMonth(page, page.getByRole('heading', { level: 2, name: 'January 2025' }))
    await expectNoSeriousViolations(page)
    await page.goto('/?podcast=chris-williamson')
    await expect(page.getByRole('region', { name: 'Top Podcast' })).toBeVisible()
    await expectNoSeriousViolations(page)
  })

  test(`a failed data file (${theme})`, async ({ page }) => {
    await page.route('**/data/digests/*.json', (route) => route.fulfill({ status: 500 }))
    // Through the shell: the prerendered overview never fetches its digest.
    await serveAppShell(page)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/')
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}
