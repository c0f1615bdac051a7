import { expect, type Page, test } from '@playwright/test'
import { startDeployProxy } from './support/deploy-proxy'
import { EpisodePage } from './support/episode-page'
import { isPageLoad, turnOffNavigationPreload } from './support/service-worker'

// The installable, offline app: after one visit the shell and every data file
// already read work with the network off; a page never opened says it is
// offline instead of going blank; the notice says when a new version waits.
// Service workers are blocked in the other specs (page.route must see the
// data requests there); this spec needs the real one.
test.use({ serviceWorkers: 'allow' })
// A cold first visit installs the worker and precaches the shell: slow on a busy machine.
test.describe.configure({ timeout: 90_000 })

const OFFLINE = 'You are offline. Pages you have opened before still work.'
const UPDATE = 'A new version of Digest Reader is ready.'
const OVERVIEW_HEADING = /AI's Global Impact/

/** A cold load on a shared 2-core machine can take several seconds. */
async function expectOverview(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_HEADING })).toBeVisible({
    timeout: 20_000,
  })
}

/** The page is controlled, and the data files it read are in the service worker's cache. */
async function waitForOfflineReady(page: Page, files: string[]) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  })
  await page.waitForFunction(
    async (paths) => {
      const cache = await caches.open('digest-reader-data')
      const found = await Promise.all(paths.map((path) => cache.match(path)))
      return found.every(Boolean)
    },
    files.map((file) => `/data/${file}`),
    { timeout: 20_000 },
  )
}

/** The first visit: the overview, with the worker in control and `files` saved. */
async function visitOnce(page: Page, files = ['index.json']) {
  await page.goto('/')
  await expectOverview(page)
  await waitForOfflineReady(page, files)
}

test('the overview and an episode, once visited, reload with the network off', async ({
  page,
  context,
  request,
}) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))

  const episode = await EpisodePage.create(page, request)
  // First visit: the worker claims the page, then fetches what the page read through itself.
  await visitOnce(page, ['index.json', `digests/${episode.digest.date}.json`])
  await page.goto(episode.path)
  await expect(episode.title).toBeVisible({ timeout: 20_000 })
  const section = episode.sectionWithBullets()

  await context.setOffline(true)
  await page.reload()
  await expect(episode.title).toBeVisible({ timeout: 20_000 })
  await episode.toggle(section).click()
  await expect(page.getByText(section.bullets[0] ?? '', { exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible()

  await page.goto('/')
  await expectOverview(page)
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible()

  // Registering and running the worker breaks no CSP rule and logs no error.
  expect(problems.filter((text) => !/Failed to load resource/.test(text))).toEqual([])

  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toHaveCount(0)
})

test('a search, once made, works again with the network off (its shards read on a worker)', async ({
  page,
  context,
}) => {
  await visitOnce(page)
  await page.goto('/search?q=DeepSeek')
  const count = page.getByRole('status').filter({ hasText: /^\d+ results? for “DeepSeek”$/ })
  await expect(count).toBeVisible({ timeout: 20_000 })
  const found = await count.textContent()
  // The shards were fetched by the search page's worker thread, through the
  // service worker that controls the page, which saved them.
  await page.waitForFunction(
    async () => {
      const cache = await caches.open('digest-reader-data')
      const saved = await cache.keys()
      return saved.some((request) => /\/data\/search\/(?!index)[^/]+\.json$/.test(request.url))
    },
    null,
    { timeout: 20_000 },
  )

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: found ?? '' })).toBeVisible({
    timeout: 20_000,
  })
})

test('a returning reader gets each page as it was prerendered, not the app shell', async ({
  page,
  request,
}) => {
  const episode = await EpisodePage.create(page, request)
  await visitOnce(page)

  // The worker used to answer every navigation with the shell, which shows a
  // page only once the app has loaded and rendered it: the prerendered HTML
  // was for first visits alone. Now the page's text is in what it answers.
  for (const [path, heading] of [
    ['/', OVERVIEW_HEADING],
    [episode.path, episode.episode.title],
  ] as const) {
    const response = await page.goto(path)
    expect(response?.fromServiceWorker(), path).toBe(true)
    const delivered = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent,
      (await response?.text()) ?? '',
    )
    expect(delivered, path).toMatch(heading)
  }
})

test('when the network does not answer a page, a returning reader gets the app shell after 3 s', async ({
  page,
  context,
}) => {
  await visitOnce(page)
  await turnOffNavigationPreload(page)
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await context.route('**/*', async (route) => {
    if (!isPageLoad(route.request())) return route.fallback()
    // A connection that never answers: only the worker's timeout can show anything.
    await held
    await route.abort()
  })

  await page.goto('/commentary')
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible({
    timeout: 15_000,
  })
  release()
})

test('a page never opened says it is offline, and loads once back online', async ({
  page,
  context,
}) => {
  await visitOnce(page)

  await context.setOffline(true)
  // A full navigation: the shell comes from the worker, posts.json was never read.
  await page.goto('/commentary')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    /You are offline, and posts\.json is not saved on this device/,
    {
      timeout: 15_000,
    },
  )
  // The header still works: the app shell is there, not a browser error page.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible()

  // No press on "Try again": the message says it will load when back online,
  // and it does (it used to wait for the press: the query library had not
  // been told the page opened offline, so "online" was no news to it).
  await expect(alert).toContainText(/It will load when you are back online\./)
  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('when the connection drops while the app is open, a page read before still opens, and one never read says so', async ({
  page,
  context,
}) => {
  // Read the commentary once: posts.json is now saved on this device.
  await visitOnce(page)
  await page.goto('/commentary')
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
  await waitForOfflineReady(page, ['posts.json'])

  // A later visit: nothing in the page's memory yet. Then the network goes.
  await page.goto('/')
  await expectOverview(page)
  await page.waitForSelector('html[data-app-ready]')
  await context.setOffline(true)
  await expect(page.getByRole('status').filter({ hasText: OFFLINE })).toBeVisible()

  // The query library used to hold every request once it heard "offline", so
  // this showed its loading placeholder for good, though the worker has the file.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Commentary' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible({
    timeout: 15_000,
  })

  // The archive's month was never read: said plainly, not an endless placeholder.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Archive' })
    .click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    /You are offline, and months\/[\d-]+\.json is not saved on this device/,
    {
      timeout: 15_000,
    },
  )

  // Back online, it loads by itself.
  await context.setOffline(false)
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 })
  await expect(page.getByRole('link', { name: /AI's Global Impact/ }).first()).toBeVisible()
})

test('a new version waits for the reader: the notice offers Reload, which switches to it', async ({
  page,
  baseURL,
}) => {
  const proxy = await startDeployProxy(baseURL ?? '')
  try {
    await page.goto(`${proxy.url}/`)
    await expectOverview(page)
    await waitForOfflineReady(page, ['index.json'])
    const worker = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return {
          waiting: Boolean(registration?.waiting),
          controlled: navigator.serviceWorker.controller !== null,
        }
      })

    // A deployment: the worker script changes; the browser finds it on its next update check.
    proxy.deploy()
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const notice = page.getByRole('status').filter({ hasText: UPDATE })
    await expect(notice).toBeVisible({ timeout: 20_000 })
    // Until the reader chooses, the new version waits and the old one keeps the page.
    expect(await worker()).toEqual({ waiting: true, controlled: true })

    // "Not now" hides the notice for this page; a reload shows it again, as the version still waits.
    await notice.getByRole('button', { name: 'Not now' }).click()
    await expect(page.getByRole('status').filter({ hasText: UPDATE })).toHaveCount(0)
    await page.reload()
    await expectOverview(page)
    await expect(notice).toBeVisible({ timeout: 20_000 })

    const reloaded = page.waitForEvent('load')
    await notice.getByRole('button', { name: 'Reload' }).click()
    await reloaded
    await expectOverview(page)
    await expect(page.getByRole('status').filter({ hasText: UPDATE })).toHaveCount(0)
    expect(await worker()).toEqual({ waiting: false, controlled: true })
  } finally {
    await proxy.close()
  }
})

test('with the worker in control, a feed address opens the feed, not the app', async ({ page }) => {
  await visitOnce(page)
  const response = await page.goto('/feed.json')
  expect(response?.headers()['content-type']).toMatch(/json/)
  expect(JSON.parse((await response?.text()) ?? '').version).toBe(
    'https://jsonfeed.org/version/1.1',
  )
})

test('the web app manifest names the app and its icons exist at their stated sizes', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const manifest = await (await request.get(href ?? '')).json()
  expect(manifest).toMatchObject({
    name: 'Digest Reader',
    short_name: 'Digests',
    display: 'standalone',
    start_url: '/',
  })
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  const icons: { src: string; sizes: string; type: string }[] = manifest.icons
  expect(icons.map((icon) => icon.type)).toEqual(
    expect.arrayContaining(['image/svg+xml', 'image/png']),
  )
  for (const icon of icons) {
    const response = await request.get(icon.src)
    expect(response.ok(), icon.src).toBe(true)
    if (icon.type !== 'image/png') continue
    // A PNG states its width and height at bytes 16-23 (the IHDR chunk).
    const bytes = await response.body()
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes)
  }
})
