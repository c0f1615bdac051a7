import { expect, test } from '@playwright/test'
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts'
import { collectErrors } from './support/page-errors'

// Every address without a page of its own (the search, the bookmarks,
// digests older than the prerendered days) gets the app shell, index.html.
// It carries the app's frame in its HTML, so the header and a loading
// placeholder paint before the app's JavaScript has run (decision 0011).
test.use({ serviceWorkers: 'block' })

test('the frame paints from the shell’s HTML before the app runs, then the app takes its place', async ({
  page,
}) => {
  const errors = collectErrors(page)
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  // The app's entry is held: what shows meanwhile is the HTML alone.
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held
    await route.fallback()
  })
  await page.goto('/bookmarks', { waitUntil: 'commit' })
  const frame = page.locator('#root > [inert]')
  await expect(frame.getByText('Digest Reader', { exact: true })).toBeVisible()
  await expect(frame.locator('[data-skeleton]')).toBeVisible()
  // Not yet the app's: nothing in the frame takes focus (or a press).
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('#root') ?? null)).toBeNull()

  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible()
  await expect(frame).toHaveCount(0)
  await expect(page.getByRole('banner').getByRole('link', { name: 'Bookmarks' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  // Its placeholder has no inline style, which the CSP would refuse (a console error).
  expect(errors).toEqual([])
})

test('the frame is themed from the shell’s HTML alone: no request holds it back', async ({
  page,
}) => {
  const errors = collectErrors(page)
  // Neither the theme script's file nor the app's entry ever arrives: the
  // frame paints, dark for a reader whose system is dark, from the HTML (its
  // inline theme script, allowed by the policy's hash) and the stylesheet.
  await page.route('**/theme-init.js', () => {})
  await page.route(/\/assets\/index-[^/]*\.js$/, () => {})
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/bookmarks', { waitUntil: 'commit' })
  await expect(
    page.locator('#root > [inert]').getByText('Digest Reader', { exact: true }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveClass(/dark/)
  // The theme button shows the theme it switches to (a sun on a dark page)
  // from the HTML too: it showed a moon until the app ran, then swapped.
  const toggle = page.locator('#root > [inert] button[aria-label^="Switch to"]').first()
  await expect(toggle.locator('svg circle')).toBeVisible()
  await expect(toggle.locator('svg path[d^="M21 12.8"]')).toBeHidden()
  expect(errors).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the shell says the page needs JavaScript, and links to the pages that do not', async ({
    page,
  }) => {
    await page.goto('/search?q=DeepSeek')
    // Playwright's text matching skips <noscript>: its paragraph is read as a node.
    const notice = page.locator('#root > noscript > p')
    await expect(notice).toBeVisible()
    expect(await notice.evaluate((p) => p.textContent)).toContain(
      'This page needs JavaScript, which is off.',
    )
    await page.getByRole('link', { name: 'the archive' }).click()
    await expect(page).toHaveURL(/\/digests$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
  })
})

test('a search opened cold does not shift as its results and the header’s field arrive', async ({
  page,
}) => {
  // Through the shell, a status line shows while the index loads. The
  // footer, drawn at the bottom of that first screen, was pushed down by
  // the results (CLS 0.086); the header's field placeholder, replaced on the
  // search page by nothing, moved the buttons beside it (0.002).
  await page.route('**/data/search/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await route.continue()
  })
  await page.route(/\/assets\/header-search-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.continue()
  })
  await recordLayoutShifts(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/search?q=DeepSeek')
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /DeepSeek/ })
      .first(),
  ).toBeVisible()
  await page.waitForTimeout(500)
  expect(await layoutShifts(page)).toEqual([])
})

test('a page whose code cannot be downloaded says so, with no uncaught error', async ({ page }) => {
  const uncaught: string[] = []
  page.on('pageerror', (error) => uncaught.push(error.message))
  await page.route('**/assets/search-page-*.js', (route) => route.abort())
  await page.goto('/search?q=DeepSeek')
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
  ).toBeVisible()
  await expect(page.getByText('Part of the app could not be downloaded.')).toBeVisible()
  // The page's code was asked for twice (early, and by the router): its failure is the page's to show.
  expect(uncaught).toEqual([])
})
