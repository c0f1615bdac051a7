import { expect, test } from '@playwright/test'
import { BOOKMARKS_KEY, EpisodePage } from './support/episode-page'

// The newest digests' pages are HTML made at build time (scripts/prerender):
// they read without JavaScript, and the app takes them over where they stand.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an episode page is readable from its HTML alone, with its own title and description', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await page.goto(episode.path)
    await expect(episode.title).toBeVisible()
    for (const toggle of episode.sectionToggles()) await expect(toggle).toBeVisible()
    await expect(page).toHaveTitle(`${episode.episode.title} · Digest Reader`)
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute(
      'content',
      'article',
    )
  })
})

test('the app takes the page over without an error and with the reader’s own data', async ({
  page,
  request,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  // Bookmark a section, then come back cold: the prerendered page (made with
  // no bookmarks) shows this reader's bookmark once the app has taken over.
  const section = episode.sectionWithBullets()
  await episode.bookmark(section).click()
  await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')
  expect(await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)).toContain(
    section.id,
  )

  await page.reload()
  await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')
  // And it is live: sections open and close.
  const toggle = episode.toggle(section)
  const before = await toggle.getAttribute('aria-expanded')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', before === 'true' ? 'false' : 'true')
  expect(errors).toEqual([])
})

test('a deep link into a prerendered page opens its section', async ({ page, request }) => {
  const episode = await EpisodePage.create(page, request)
  const section = episode.sectionWithBullets()
  await page.goto(episode.url(section.id))
  await episode.expectOpenInView(section)
})

test('a prerendered episode stays readable when every data file fails', async ({
  page,
  request,
}) => {
  const episode = await EpisodePage.create(page, request)
  await page.route('**/data/**', (route) => route.fulfill({ status: 500, body: 'boom' }))
  // Waits for the app too: a click before it has taken the page over does nothing.
  await episode.goto()
  const section = episode.sectionWithBullets()
  await episode.toggle(section).click()
  await episode.expectExpanded(section)
  await expect(page.getByText(section.bullets[0] ?? '', { exact: true })).toBeVisible()
})

test('the app says it is ready only once the page itself is live, even when its chunk arrives late', async ({
  page,
  request,
}) => {
  // A route chunk arriving after the shell has hydrated leaves the page's
  // part of the HTML dehydrated (its shortcuts dead) for a while; tests wait
  // for <html data-app-ready>, so it must not be set before then.
  await page.route('**/assets/episode-page-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  await page.keyboard.press('j')
  const [first] = episode.episode.sections
  if (!first) throw new Error('no sections')
  await expect(episode.toggle(first)).toBeFocused()
})

test('the head names no script module: the app starts after the first paint', async ({
  page,
  request,
}) => {
  // Chromium compiles a module script (or modulepreload) on arrival, on the
  // main thread, before painting text the HTML already holds.
  const { path } = await EpisodePage.create(page, request)
  const html = await (await request.get(path)).text()
  expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/)
  expect(html).toContain('<script src="/boot-after-paint.js"')
})
