import { expect, test } from '@playwright/test'
import { addOlderDigest, OLDER, SEED, showOlderMonth } from './support/older-digest'
import { collectErrors } from './support/page-errors'

// The archive (`/digests`), the podcasts (`/podcasts`), each podcast's page
// and the commentary (`/commentary`) are HTML made at build time too, from
// copies of the site index (and the archive's newest month), of the
// podcast's file or of the list of posts that they carry. The app takes them over from those copies, then
// shows the files themselves, which have the last word
// (src/data/prerendered-copies.ts).
test.use({ serviceWorkers: 'block' })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the archive reads from its HTML alone: its newest month and its digests', async ({
    page,
  }) => {
    await page.goto('/digests')
    await expect(page).toHaveTitle('Archive · Digest Reader')
    await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
    await expect(page.getByText('1 digest, newest first')).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'February 2025' })).toBeVisible()
    const digest = page.getByRole('main').getByRole('link', { name: new RegExp(SEED.title) })
    await expect(digest).toHaveAttribute('href', `/digests/${SEED.date}`)
    await expect(page.locator('#root[data-prerendered="/digests"]')).toBeAttached()
  })

  test('the commentary reads from its HTML alone', async ({ page }) => {
    await page.goto('/commentary')
    await expect(page).toHaveTitle('Commentary · Digest Reader')
    await expect(page.getByRole('link', { name: /More on why tariffs/ })).toHaveAttribute(
      'href',
      /^\/commentary\/more-on-why-tariffs/,
    )
    await expect(page.locator('#root[data-prerendered="/commentary"]')).toBeAttached()
  })

  test('the podcasts read from their HTML alone', async ({ page }) => {
    await page.goto('/podcasts')
    await expect(page).toHaveTitle('Podcasts · Digest Reader')
    await expect(page.getByText('2 podcasts in the archive')).toBeVisible()
    await expect(page.getByRole('link', { name: /All-In Podcast/ })).toHaveAttribute(
      'href',
      '/podcasts/all-in-podcast',
    )
    await expect(page.locator('#root[data-prerendered="/podcasts"]')).toBeAttached()
  })

  test('a podcast’s page reads from its HTML alone', async ({ page }) => {
    await page.goto('/podcasts/all-in-podcast')
    await expect(page).toHaveTitle('All-In Podcast · Digest Reader')
    await expect(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
    await expect(page.getByText(/^1 episode in the digests/)).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('link', { name: /AI Czar David Sacks/ }),
    ).toHaveAttribute(
      'href',
      `/digests/${SEED.date}/ai-czar-david-sacks-explains-the-deepseek-freak-out`,
    )
    await expect(page.locator('#root[data-prerendered="/podcasts/all-in-podcast"]')).toBeAttached()
  })
})

test('an episode published since a podcast’s page was made shows once the app has its file', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page)
  await addOlderDigest(page, request)
  const response = await page.goto('/podcasts/all-in-podcast')
  expect(await response?.text()).not.toContain(OLDER.allIn.title)
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await expect(page.getByText(/^2 episodes in the digests/)).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: OLDER.allIn.title })).toBeVisible()
  expect(errors).toEqual([])
})

test('a podcast’s page still shows what it was made from when its file fails to load', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.route('**/data/podcasts/all-in-podcast.json', (route) =>
    route.fulfill({ status: 500 }),
  )
  await page.goto('/podcasts/all-in-podcast')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await page.waitForLoadState('networkidle')
  await expect(page.getByText(/^1 episode in the digests/)).toBeVisible()
  await expect(
    page.getByRole('main').getByRole('link', { name: /AI Czar David Sacks/ }),
  ).toBeVisible()
  // Only the browser's own line for the failed request (once per try):
  // nothing from the app.
  expect(new Set(errors)).toEqual(
    new Set([
      'Failed to load resource: the server responded with a status of 500 (Internal Server Error)',
    ]),
  )
})

test('a post published since the commentary page was made shows once the app has the list', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const newer = {
    slug: 'a-newer-post',
    title: 'A newer post on the chip race',
    date: '2025-02-10',
    excerpt: 'Written after the page was made.',
    topics: ['Chips'],
  }
  await page.route('**/data/posts.json', async (route) => {
    const response = await route.fetch()
    const list = (await response.json()) as { posts: unknown[] }
    await route.fulfill({ response, json: { posts: [newer, ...list.posts] } })
  })
  const response = await page.goto('/commentary')
  expect(await response?.text()).not.toContain(newer.title)
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    newer.title,
    /More on why tariffs/,
  ])
  expect(errors).toEqual([])
})

test('a podcast published since the podcasts page was made shows once the app has the site index', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page)
  await addOlderDigest(page, request)
  const response = await page.goto('/podcasts')
  expect(await response?.text()).toContain('2 podcasts in the archive')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await expect(page.getByText('3 podcasts in the archive')).toBeVisible()
  await page.getByRole('link', { name: /Huberman Lab/ }).click()
  await expect(page).toHaveURL(/\/podcasts\/huberman-lab$/)
  await expect(page.getByRole('heading', { level: 1, name: /Huberman Lab/ })).toBeVisible()
  expect(errors).toEqual([])
})

test('a digest published since the archive was made shows once the app has the site index', async ({
  page,
  request,
}) => {
  // The files say two digests; the page was made when there was one. The
  // app takes the page over as it was made (a first render from the newer
  // index did not match the HTML: React error #418, the page thrown away).
  const errors = collectErrors(page)
  await addOlderDigest(page, request)
  const response = await page.goto('/digests')
  expect(await response?.text()).toContain('1 digest, newest first')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await expect(page.getByText('2 digests, newest first')).toBeVisible()
  await expect(
    page.getByRole('combobox', { name: 'Filter by podcast' }).getByRole('option'),
  ).toContainText(['Huberman Lab'])
  await showOlderMonth(page, page.getByRole('heading', { level: 2, name: 'January 2025' }))
  await expect(
    page.getByRole('main').getByRole('link', { name: new RegExp(OLDER.title) }),
  ).toBeVisible()
  expect(errors).toEqual([])
})

test('a link to an older window of the archive opens that window, without an error', async ({
  page,
  request,
}) => {
  // The HTML shows the newest month: the app takes it over so, then opens
  // the window the address asks for.
  const errors = collectErrors(page)
  await addOlderDigest(page, request)
  await page.goto(`/digests?from=${OLDER.month}`)
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await expect(page.getByRole('heading', { level: 2, name: 'January 2025' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'February 2025' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Newer digests/ })).toBeVisible()
  expect(errors).toEqual([])
})

test('a podcast chosen on the archive as it loads is kept', async ({ page, request }) => {
  await addOlderDigest(page, request)
  await page.goto('/digests', { waitUntil: 'domcontentloaded' })
  await page
    .getByRole('combobox', { name: 'Filter by podcast' })
    .selectOption({ label: 'All-In Podcast' })
  await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast$/)
  await expect(page.getByRole('main').getByRole('link', { name: OLDER.allIn.title })).toBeVisible()
})
