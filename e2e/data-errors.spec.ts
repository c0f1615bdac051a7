import { expect, type Page, test } from '@playwright/test'
import { serveAppShell } from './support/pages'

// A data file that fails shows what failed and a "Try again" that works once
// the fault is gone; the header and the other pages keep working.
const DIGEST = '**/data/digests/2025-02-03.json'

// The overview through the app shell, which fetches the digest (as a
// returning reader's service worker serves it): the prerendered overview
// holds its digest already and never asks for the file.
test.beforeEach(async ({ page }) => {
  await serveAppShell(page)
})

async function breakOnce(
  page: Page,
  pattern: string,
  fault: 'status500' | 'invalid-json' | 'schema',
) {
  let broken = true
  await page.route(pattern, async (route) => {
    if (!broken) return route.fallback()
    if (fault === 'status500') return route.fulfill({ status: 500, body: 'boom' })
    if (fault === 'invalid-json') {
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"date": "2025-02',
      })
    }
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{"date": 42}' })
  })
  return () => {
    broken = false
  }
}

const cases = [
  { fault: 'status500', message: /server answered 500 for digests\/2025-02-03\.json/ },
  { fault: 'invalid-json', message: /digests\/2025-02-03\.json is not valid JSON/ },
  { fault: 'schema', message: /digests\/2025-02-03\.json does not have the expected shape/ },
] as const

for (const { fault, message } of cases) {
  test(`a ${fault} digest file says what failed, and Try again recovers`, async ({ page }) => {
    const heal = await breakOnce(page, DIGEST, fault)
    await page.goto('/')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(message)
    // The rest of the app still works while this file is broken.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

    heal()
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
}

test('Try again, pressed from the keyboard, leaves focus on the page it brought back', async ({
  page,
}) => {
  const heal = await breakOnce(page, DIGEST, 'status500')
  await page.goto('/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out')
  const retry = page.getByRole('alert').getByRole('button', { name: 'Try again' })
  await retry.focus()
  heal()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /AI Czar David Sacks/ })).toBeVisible()
  // The button went with the panel; focus must not fall to the document, where
  // the next Tab starts over from the top and a screen reader says nothing.
  await expect(page.getByRole('main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('main').getByRole('link', { name: 'All-In Podcast' })).toBeFocused()
})

test('a network failure on the index keeps navigation usable', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.abort('failed'))
  await page.goto('/')
  // The query retries a network failure once before it gives up: allow for it.
  await expect(page.getByRole('alert')).toContainText(
    /Could not reach the server to load index\.json/,
    { timeout: 15_000 },
  )
  await page.unroute('**/data/index.json')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Commentary' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
})

test('a timed-out request, then an empty body, each say what failed; Try again recovers', async ({
  page,
}) => {
  let fault: 'timeout' | 'empty' | null = 'timeout'
  await page.route(DIGEST, async (route) => {
    if (fault === 'timeout') return route.abort('timedout')
    if (fault === 'empty')
      return route.fulfill({ status: 200, contentType: 'application/json', body: '' })
    return route.fallback()
  })
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(/Could not reach the server to load digests\/2025-02-03\.json/)
  fault = 'empty'
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('alert')).toContainText(/digests\/2025-02-03\.json came back empty/)
  fault = null
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible()
})

test('a slow data file shows a skeleton, then the content', async ({ page }) => {
  await page.route(DIGEST, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000))
    await route.fallback()
  })
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible({
    timeout: 15_000,
  })
})

test('a broken file is not cached: after a failure, a reload shows the content', async ({
  page,
}) => {
  const heal = await breakOnce(page, DIGEST, 'schema')
  await page.goto('/')
  await expect(page.getByRole('alert')).toBeVisible()
  heal()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible()
})

test('a failed podcast file under the archive filter names the podcast, under the page’s own heading', async ({
  page,
}) => {
  const fixed = await breakOnce(page, '**/data/podcasts/chris-williamson.json', 'status500')
  await page.goto('/digests?podcast=chris-williamson')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(/server answered 500 for podcasts\/chris-williamson\.json/)
  // The archive itself loaded: the panel is one part of it, not "This page".
  await expect(
    alert.getByRole('heading', {
      level: 2,
      name: 'The episodes of Chris Williamson could not be loaded',
    }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Archive'])

  fixed()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ })).toBeVisible()
})

test('a failed search index is one part of the search page, under its own heading', async ({
  page,
}) => {
  await page.route('**/data/search/index.json', (route) => route.fulfill({ status: 500 }))
  await page.goto('/search?q=DeepSeek')
  await expect(
    page.getByRole('alert').getByRole('heading', {
      level: 2,
      name: 'The search index could not be loaded',
    }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Search'])
})
