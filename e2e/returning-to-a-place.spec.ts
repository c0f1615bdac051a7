import { expect, type Page, test } from '@playwright/test'
import { scaleBaseURL } from './support/scale-site'

// Back or a reload deep in a long podcast's list, its older part slow: the
// place kept in the history entry waits for the part's rows, and the reader
// saw rows far above it with nothing saying their place was coming (the
// list's "Loading older episodes…" was 15,000 px below them).
test.use({ baseURL: scaleBaseURL })

/** All-In Podcast's page with 400 rows opened, scrolled among the part's, then reloaded with the part held back. */
async function reloadDeepWithThePartHeld(page: Page) {
  await page.goto('/podcasts/all-in-podcast')
  await expect(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible({
    timeout: 20_000,
  })
  const rows = page.getByRole('main').getByRole('listitem')
  const more = page.getByRole('button', { name: /^Show older episodes/ })
  for (let shown = 100; shown < 400; shown += 100) {
    await more.press('Enter')
    await expect(rows).toHaveCount(shown + 100)
  }
  await rows.nth(380).scrollIntoViewIfNeeded()
  await expect
    .poll(() => page.evaluate(() => window.history.state?.keptScroll))
    .toBeGreaterThan(20_000)
  const kept: number = await page.evaluate(() => window.history.state.keptScroll)
  let send = () => {}
  const answer = new Promise<void>((resolve) => {
    send = resolve
  })
  // While `part.failing`, the part fails (500) once sent, as a server can.
  const part = { failing: false }
  await page.route('**/data/podcasts/all-in-podcast/*.json', async (route) => {
    await answer
    if (part.failing) return route.fulfill({ status: 500, body: 'boom' })
    await route.continue()
  })
  await page.reload()
  return { kept, send, rows, part }
}

const returning = 'Loading older episodes to take you back to your place…'

test('reloaded deep in a long podcast, the reader sees that their place is coming, and is taken there', async ({
  page,
}) => {
  const { kept, send, rows } = await reloadDeepWithThePartHeld(page)
  const status = page.getByRole('status').filter({ hasText: returning })
  await expect(status).toBeInViewport()
  send()
  await expect(rows).toHaveCount(400)
  await expect(page.getByRole('status').filter({ hasText: returning })).toHaveCount(0)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(kept - 5)
})

test('a reader who reads elsewhere while the place waits is no longer told it is coming', async ({
  page,
}) => {
  const { send, rows } = await reloadDeepWithThePartHeld(page)
  await expect(page.getByRole('status').filter({ hasText: returning })).toBeInViewport()
  await page.mouse.wheel(0, -300)
  // The place is given up: the list's end says what it waits for, as on any visit.
  const status = page.getByRole('status').filter({ hasText: /Loading older episodes/ })
  await expect(status).toHaveText('Loading older episodes…')
  await expect(status).not.toBeInViewport()
  send()
  await expect(rows).toHaveCount(400)
})

test('a reader who goes back to the newest while the place waits is left there when the part comes', async ({
  page,
}) => {
  const { send, rows } = await reloadDeepWithThePartHeld(page)
  await expect(page.getByRole('status').filter({ hasText: returning })).toHaveCount(1)
  await page.keyboard.press('Home')
  await page.mouse.wheel(0, 300)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(1_000)
  send()
  await expect(rows).toHaveCount(400)
  // Before, the page was taken back down, 20,000 px and more, when the part came.
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(1_000)
})

test('a part that fails while the place waits says so where the reader is, and Try again takes them there', async ({
  page,
}) => {
  const { kept, send, rows, part } = await reloadDeepWithThePartHeld(page)
  await expect(page.getByRole('status').filter({ hasText: returning })).toBeInViewport()
  part.failing = true
  send()
  // Before, the panel was at the list's end, thousands of pixels below the reader.
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'The older episodes could not be loaded' })
  await expect(alert).toContainText(/server answered 500/, { timeout: 15_000 })
  await expect(alert).toBeInViewport()
  await expect(page.getByRole('status').filter({ hasText: returning })).toHaveCount(0)

  // Pressing Try again asks for the place: it is not reading elsewhere.
  part.failing = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(rows).toHaveCount(400)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(kept - 5)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(kept - 5)
})
