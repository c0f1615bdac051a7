import { expect, type Page, test } from '@playwright/test'
import { EpisodePage } from './support/episode-page'

// What a shared link says about the page: description and Open Graph tags
// follow the page being read, and the defaults come back on pages without.

function meta(page: Page, key: string) {
  return page.locator(`head meta[name="${key}"], head meta[property="${key}"]`)
}

test('an episode page describes itself with its summary, as an article', async ({
  page,
  request,
  baseURL,
}) => {
  const episode = await EpisodePage.create(page, request)
  await page.goto(`${episode.path}#${episode.sectionWithBullets().id}`)
  await expect(episode.title).toBeVisible()

  await expect(meta(page, 'og:title')).toHaveAttribute('content', episode.episode.title)
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article')
  // One address per page: no fragment.
  await expect(meta(page, 'og:url')).toHaveAttribute('content', `${baseURL}${episode.path}`)
  const description = (await meta(page, 'description').getAttribute('content')) ?? ''
  expect(description.length).toBeGreaterThan(20)
  expect(description.length).toBeLessThanOrEqual(160)
  const start = description.replace(/…$/, '').slice(0, 40)
  expect(episode.episode.summary.replace(/\s+/g, ' ').startsWith(start)).toBe(true)
  await expect(meta(page, 'og:description')).toHaveAttribute('content', description)
  await expect(meta(page, 'description')).toHaveCount(1)
})

test('the digest page describes its episodes; a page without its own tags gets the defaults back', async ({
  page,
}) => {
  await page.goto('/digests/2025-02-03')
  await expect(page.locator('h1')).toBeVisible()
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website')
  await expect(meta(page, 'description')).toHaveAttribute(
    'content',
    /^February 3, 2025, \d+ episodes?\. /,
  )

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Bookmarks' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /Bookmarks/ })).toBeVisible()
  await expect(meta(page, 'description')).toHaveAttribute(
    'content',
    'Daily podcast digests and commentary, in a fast, calm reader.',
  )
  await expect(meta(page, 'og:title')).toHaveCount(0)
})

test('a prerendered page’s tags do not follow a reader who leaves before the app has adopted the page', async ({
  page,
}) => {
  // The page's own part is adopted after the header, once the chunks of its
  // lazily loaded parts are in (one held back here): a header link followed
  // in between left the page before its effect that puts the defaults back
  // had run, and its description stayed on the next page.
  await page.route(/\/assets\/digest-pager-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await route.continue()
  })
  await page.goto('/digests/2025-02-03', { waitUntil: 'domcontentloaded' })
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website')
  const bookmarks = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Bookmarks',
  })
  // Followed by the app, not by the browser: React holds the link (its
  // internal mark on the elements it has adopted).
  await expect
    .poll(() =>
      bookmarks.evaluate((link) =>
        Object.keys(link).some((key) => key.startsWith('__reactFiber$')),
      ),
    )
    .toBe(true)
  await expect(page.locator('html[data-app-ready]')).toHaveCount(0)
  await bookmarks.click()
  await expect(page.getByRole('heading', { level: 1, name: /Bookmarks/ })).toBeVisible()
  await expect(meta(page, 'description')).toHaveAttribute(
    'content',
    'Daily podcast digests and commentary, in a fast, calm reader.',
  )
  await expect(meta(page, 'og:title')).toHaveCount(0)
  await expect(meta(page, 'og:type')).toHaveCount(0)
})
