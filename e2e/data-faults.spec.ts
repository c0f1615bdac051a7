import { expect, type Page, test } from '@playwright/test'
import { PAGES, serveAppShell } from './support/pages'

// e2e/data-errors.spec.ts covers each kind of fault (500, broken JSON, wrong
// shape, timeout, empty body, slow) on the overview's digest file. Here the
// other side of the matrix: every page, with every data file it loads
// failing at once, and 404s. Each time: a message naming the file, the
// header still working, and one "Try again" bringing the page back once the
// fault is gone, with nothing left broken in the cache.

const DATA_PAGES = PAGES.filter((p) => p.name !== 'not-found' && p.name !== 'bookmarks')
/** Retries and page loads take seconds on a busy machine; only these waits are longer. */
const SLOW = { timeout: 15_000 }

test.describe.configure({ timeout: 60_000 })

type Fault = { status: number; body: string } | 'timedout'

/** Fails every /data/ request while the returned switch is on. */
async function breakData(page: Page, fault: Fault, pattern = '**/data/**') {
  const state = { broken: true, failed: new Set<string>() }
  await page.route(pattern, async (route) => {
    if (!state.broken) return route.fallback()
    state.failed.add(new URL(route.request().url()).pathname.replace(/^.*\/data\//, ''))
    if (fault === 'timedout') return route.abort('timedout')
    return route.fulfill({ status: fault.status, body: fault.body })
  })
  return state
}

for (const { name, path, heading } of DATA_PAGES) {
  test(`${name}: every data file failing says what failed; one Try again brings the page back`, async ({
    page,
  }) => {
    // The app's own loading path (a prerendered page has its data already:
    // e2e/prerender.spec.ts shows it stays readable when the files fail).
    await serveAppShell(page)
    const state = await breakData(page, { status: 500, body: 'boom' })
    await page.goto(path)
    const alert = page.getByRole('alert')
    // A server error is retried once before it is shown.
    await expect(alert.first()).toContainText(/The server answered 500 for \S+\.json/, SLOW)
    expect(state.failed.size).toBeGreaterThan(0)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

    state.broken = false
    await alert.first().getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(SLOW)
    await expect(page.getByRole('alert')).toHaveCount(0, SLOW)
  })
}

test('a missing index (404) says so, and Try again recovers once it is published', async ({
  page,
}) => {
  const state = await breakData(page, { status: 404, body: 'Not found' }, '**/data/index.json')
  // Through the shell: the prerendered overview never fetches these.
  await serveAppShell(page)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(/index\.json does not exist/, SLOW)
  state.broken = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible(
    SLOW,
  )
})

test('a missing latest digest (404) says so on the overview, and Try again recovers', async ({
  page,
}) => {
  const state = await breakData(page, { status: 404, body: '' }, '**/data/digests/*.json')
  // Through the shell: the prerendered overview never fetches these.
  await serveAppShell(page)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(/digests\/2025-02-03\.json does not exist/, SLOW)
  state.broken = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible(
    SLOW,
  )
})

test('a page that failed loads by itself when the reader comes back after the fault is gone', async ({
  page,
}) => {
  // Commentary fails (timeout); the reader goes elsewhere, which works, and
  // returns later: the failure was not kept, the list loads without a retry.
  const state = await breakData(page, 'timedout', '**/data/posts.json')
  // The shell: the prerendered commentary shows the copy it carries instead.
  await serveAppShell(page)
  await page.goto('/commentary')
  await expect(page.getByRole('alert')).toContainText(
    /Could not reach the server to load posts\.json/,
    SLOW,
  )
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible(
    SLOW,
  )
  await nav.getByRole('link', { name: 'Podcasts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Podcasts' })).toBeVisible(SLOW)

  state.broken = false
  await nav.getByRole('link', { name: 'Commentary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible(SLOW)
  await expect(page.getByRole('link', { name: /More on why tariffs/ })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
