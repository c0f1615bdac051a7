import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { BOOKMARKS_KEY } from './support/episode-page'
import { PAGES, serveAppShell } from './support/pages'
import { seedStorageOnce } from './support/seed-storage'

// e2e/hostile-content.spec.ts makes one digest hostile. Here every data file
// is: each text field of every /data/** response (index, months, podcasts,
// digests, post list, posts) gets markup, script and data URLs, entities and
// an endless word around it, and every page is visited at 360 px. Slugs and
// dates stay as they are: the schema only lets URL-safe ones through, and
// they are what the app builds links from. The product's own files are
// untouched; the hostile versions exist only in the browser, via page.route.

/** The theme script, as the app shell carries it inline (scripts/prerender/inline-head.ts). */
// As built (minified): the text the pages carry inline and their policy allows by hash.
const THEME_SCRIPT = readFileSync(join(process.cwd(), 'dist/theme-init.js'), 'utf8')

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
const URLS = 'javascript:window.__pwned=3 data:text/html,<b>x</b> &amp; &lt;b&gt;'
const ENDLESS = 'W'.repeat(900)
/** Fields that name things in URLs or pick a code path: the schema constrains them. */
const STRUCTURAL = new Set([
  'slug',
  'podcastSlug',
  'episodeSlug',
  'date',
  'latest',
  'month',
  'dates',
  // A month's days as ranges (index.json version 2): checked against its count.
  'days',
  'id',
  'number',
  'emoji',
  'type',
  'version',
])

function hostile(value: unknown, key = ''): unknown {
  if (STRUCTURAL.has(key)) return value
  if (typeof value === 'string') return `${MARKUP} ${value} ${URLS} ${ENDLESS}`
  if (Array.isArray(value)) return value.map((item) => hostile(item, key))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]))
  }
  return value
}

async function serveHostileData(page: Page) {
  await page.route('**/data/**/*.json', async (route) => {
    const response = await route.fetch()
    if (!response.ok()) return route.fulfill({ response })
    return route.fulfill({ response, json: hostile(await response.json()) })
  })
}

/** A bookmark whose section is gone is shown with its stored titles: make those hostile too. */
async function seedHostileBookmark(page: Page) {
  const record = {
    version: 1,
    bookmarks: [
      {
        date: '2025-02-03',
        episodeSlug: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
        sectionId: 'a-section-that-left',
        digestTitle: `${MARKUP} digest`,
        episodeTitle: `${MARKUP} episode ${ENDLESS}`,
        podcast: URLS,
        sectionTitle: `${MARKUP} section ${ENDLESS}`,
        sectionNumber: '99',
        savedAt: '2025-02-03T20:00:00.000Z',
      },
    ],
  }
  await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify(record))
}

// The app may still be fetching (the bookmarks page reads digests in the
// background) when a test ends: a handler's route.fetch then throws "Test
// ended", an error outside any test that fails the run (a full run, 1 in 1).
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }))

for (const { name, path } of PAGES) {
  test(`${name}: hostile text in every data file renders inert and wraps at 360 px`, async ({
    page,
  }) => {
    await serveHostileData(page)
    await seedHostileBookmark(page)
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setViewportSize({ width: 360, height: 800 })
    // A page made at build time holds the seed's data, not this test's: load
    // the app shell for every address, which renders from the data files.
    await serveAppShell(page)

    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
    const expandAll = page.getByRole('button', { name: 'Expand all', exact: true })
    if (await expandAll.isVisible()) await expandAll.click()
    if (name !== 'not-found') {
      // The markup is on the page, as text a reader can see.
      await expect(page.getByText(MARKUP).filter({ visible: true }).first()).toBeVisible()
    }

    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    expect(dialogs).toBe(0)
    // The only scripts are the app's own: its files, and the theme script the
    // page carries inline (allowed by its hash); there is no image (the logo
    // is inline SVG). (A prerendered page's data is JSON in a
    // <script type="application/json">: never run.)
    const inline = page.locator('script:not([src]):not([type="application/json"])')
    expect(await inline.allTextContents()).toEqual([THEME_SCRIPT])
    await expect(page.locator('img')).toHaveCount(0)
    await expect(
      page.locator('a[href^="javascript:"], a[href^="data:"], [onerror], [onclick]'),
    ).toHaveCount(0)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, 'horizontal scroll at 360 px').toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
  })
}
