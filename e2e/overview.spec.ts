import { expect, type Locator, type Page, test } from '@playwright/test'
import { addOlderDigest, OLDER, SEED } from './support/older-digest'

const HOVERED = 'AI Czar David Sacks Explains the DeepSeek Freak Out'

/**
 * The overview, with the pointer held over an episode's link until that
 * page's chunk has loaded. The prefetch listener starts with the app, so the
 * pointer comes over the link again until the chunk is asked for.
 */
async function overviewHoveringAnEpisode(page: Page): Promise<Locator> {
  await page.goto('/')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  const link = page
    .getByRole('region', { name: 'Top Podcast' })
    .getByRole('link', { name: HOVERED })
  const isChunk = (url: string) => /\/assets\/episode-page-[^/]*\.js$/.test(url)
  const chunk = page.waitForRequest((request) => isChunk(request.url()))
  let asked = false
  page.on('request', (request) => {
    if (isChunk(request.url())) asked = true
  })
  await expect(async () => {
    await page.mouse.move(0, 0)
    await link.hover()
    expect(asked).toBe(true)
  }).toPass()
  await (await chunk).response()
  return link
}

test.describe('overview', () => {
  test('shows the latest digest with its Top Podcast list linking to each episode', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('Digest Reader')
    // The title's emoji are shown but not read out (the data has no label for them).
    const title = page.getByRole('heading', { level: 1, name: SEED.title, exact: true })
    await expect(title).toBeVisible()
    await expect(title).toContainText('🎙️🌍')
    await expect(page.getByText('Monday, February 3, 2025')).toBeVisible()
    const list = page.getByRole('region', { name: 'Top Podcast' })
    await expect(list.getByRole('listitem')).toHaveCount(2)
    await expect(list.getByText(/release of a Chinese open-source AI model/)).toBeVisible()
    await expect(list.getByText(/Richard Reeves discusses the challenges/)).toBeVisible()
    await expect(
      list.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ }),
    ).toHaveAttribute(
      'href',
      '/digests/2025-02-03/men-arent-seen-as-having-problems-but-as-being-the-problem',
    )

    await list
      .getByRole('link', { name: 'AI Czar David Sacks Explains the DeepSeek Freak Out' })
      .click()
    await expect(page).toHaveURL(
      /\/digests\/2025-02-03\/ai-czar-david-sacks-explains-the-deepseek-freak-out$/,
    )
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
      }),
    ).toBeVisible()
  })

  test('an episode link the pointer comes over is ready to open, even if the connection drops before the click', async ({
    page,
    context,
  }) => {
    const link = await overviewHoveringAnEpisode(page)
    await context.setOffline(true)
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: HOVERED })).toBeVisible()
  })

  test('an episode whose page was loaded on the hover opens without a loading placeholder', async ({
    page,
  }) => {
    const link = await overviewHoveringAnEpisode(page)
    // Every placeholder that shows in <main> from the click on is counted.
    await page.evaluate(() => {
      const seen = { skeletons: 0 }
      Object.assign(window, { seen })
      new MutationObserver(() => {
        if (document.querySelector('main [data-skeleton]')) seen.skeletons++
      }).observe(document.body, { childList: true, subtree: true })
    })
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: HOVERED })).toBeVisible()
    expect(
      await page.evaluate(
        () => (window as unknown as { seen: { skeletons: number } }).seen.skeletons,
      ),
    ).toBe(0)
  })

  test('a link whose page is still loading keeps the overview on screen, with a loading bar, until the episode is ready', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    // The episode page's chunk is held back until the test lets it go.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/episode-page-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    const overviewTitle = page.getByRole('heading', { level: 1, name: SEED.title, exact: true })
    await page
      .getByRole('region', { name: 'Top Podcast' })
      .getByRole('link', { name: HOVERED })
      .click()
    await expect(page).toHaveURL(/ai-czar-david-sacks-explains-the-deepseek-freak-out$/)
    // The page before stays (no placeholder in its place), and the bar shows.
    await expect(page.locator('html[data-navigating]')).toBeAttached()
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body, '::before').transform))
      .not.toMatch(/^(none|matrix\(0,)/)
    await expect(overviewTitle).toBeVisible()
    await expect(page.locator('main [data-skeleton]')).toHaveCount(0)
    release()
    await expect(page.getByRole('heading', { level: 1, name: HOVERED })).toBeVisible()
    await expect(page.locator('html[data-navigating]')).not.toBeAttached()
    await expect(overviewTitle).toBeHidden()
  })

  test('links to the archive and says where the archive ends', async ({ page }) => {
    await page.goto('/')
    const pager = page.getByRole('navigation', { name: 'Other digests' })
    await expect(pager.getByText('This is the latest digest.')).toBeVisible()
    await expect(pager.getByText('This is the first digest.')).toBeVisible()
    await pager.getByRole('link', { name: /Archive/ }).click()
    await expect(page).toHaveURL(/\/digests$/)
  })

  test('previous and next digest links walk the days, and the overview is the latest', async ({
    page,
    request,
  }) => {
    await addOlderDigest(page, request)
    await page.goto('/')
    const pager = page.getByRole('navigation', { name: 'Other digests' })
    await expect(pager.getByText('This is the latest digest.')).toBeVisible()
    await pager.getByRole('link', { name: /Previous digest\s*January 31, 2025/ }).click()
    await expect(page).toHaveURL(new RegExp(`/digests/${OLDER.date}$`))
    await expect(page.getByRole('heading', { level: 1, name: OLDER.title })).toBeVisible()
    await expect(page.getByText('Friday, January 31, 2025')).toBeVisible()
    await expect(pager.getByText('This is the first digest.')).toBeVisible()
    await pager.getByRole('link', { name: /Next digest\s*February 3, 2025/ }).click()
    await expect(page).toHaveURL(new RegExp(`/digests/${SEED.date}$`))
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
  })

  test('the digest page of a date shows that day like the overview', async ({ page }) => {
    await page.goto('/digests/2025-02-03')
    await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible()
    await expect(page).toHaveTitle(/AI's Global Impact .*· Digest Reader/)
  })

  test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await page.getByRole('button', { name: 'Switch to dark theme' }).click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.reload()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
  })

  test('on a phone the navigation folds into a Menu button that opens and closes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 })
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const menu = nav.getByRole('button', { name: 'Menu' })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('link', { name: 'Bookmarks' })).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    for (const name of ['Today', 'Archive', 'Podcasts', 'Commentary', 'Bookmarks']) {
      await expect(nav.getByRole('link', { name })).toBeVisible()
    }
    await nav.getByRole('link', { name: 'Commentary' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await menu.click()
    await page.keyboard.press('Escape')
    await expect(menu).toBeFocused()
    await expect(nav.getByRole('link', { name: 'Archive' })).toBeHidden()
  })

  test("Tab past the phone menu's last link closes it: it would cover where focus goes", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    // Presses before the app is ready are the boot script's (prerender.spec.ts); this is about the app's menu.
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    const nav = page.getByRole('navigation', { name: 'Main' })
    const menu = nav.getByRole('button', { name: 'Menu' })
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await nav.getByRole('link', { name: 'Bookmarks' }).focus()
    await page.keyboard.press('Tab')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('link', { name: 'Bookmarks' })).toBeHidden()
    // Within the list, Tab moves on and the list stays open.
    await menu.click()
    await nav.getByRole('link', { name: 'Today' }).focus()
    await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: 'Archive' })).toBeFocused()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
  })

  // A laptop of 1366 px at 200 % zoom is 683 CSS px wide: the navigation's
  // row began at 640 px and pushed search and the theme toggle off screen.
  for (const width of [640, 683, 767, 768, 1024]) {
    test(`the header fits across ${width} px, without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 })
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const theme = page.getByRole('button', { name: /Switch to/ })
      await expect(theme).toBeInViewport({ ratio: 1 })
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true)
    })
  }

  // The reader's text size scales every rem, the header's too: at the
  // largest, a 390 px phone scrolled sideways with Menu cut to "M".
  for (const [textSize, width] of [
    ['l', 390],
    ['xl', 390],
    ['xl', 320],
    ['xl', 768],
  ] as const) {
    test(`at text size ${textSize} the header fits across ${width} px`, async ({ page }) => {
      await page.addInitScript((size) => {
        const settings = { version: 1, textSize: size, lineWidth: 'medium' }
        const full = { ...settings, markReadAtEnd: false, keyPointsOnly: false }
        localStorage.setItem('digest-reader:reading-settings', JSON.stringify(full))
      }, textSize)
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/')
      await expect(page.locator('html[data-app-ready]')).toBeAttached()
      await expect(page.getByRole('button', { name: /Switch to/ })).toBeInViewport({ ratio: 1 })
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true)
    })
  }

  test('a skip link leads keyboard users to the content', async ({ page }) => {
    await page.goto('/')
    // The first Tab must land on the rendered page, not on a document still loading.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await skip.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })
})
