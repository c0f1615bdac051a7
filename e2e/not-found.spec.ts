import { expect, test } from '@playwright/test'

// Every unknown address gets a clear message and a way back, never a blank page.
const cases = [
  { path: '/no/such/page', heading: 'Page not found' },
  { path: '/digests/1999-01-01', heading: 'Digest not found' },
  { path: '/digests/not-a-date', heading: 'Digest not found' },
  { path: '/digests/2025-02-03/no-such-episode', heading: 'Episode not found' },
  { path: '/podcasts/no-such-podcast', heading: 'Podcast not found' },
  { path: '/commentary/no-such-post', heading: 'Post not found' },
  // Addresses no file could answer (a space, an underscore): refused before any request.
  { path: '/podcasts/no%20such%20podcast', heading: 'Podcast not found' },
  { path: '/commentary/no_such_post', heading: 'Post not found' },
]

for (const { path, heading } of cases) {
  test(`${path} says it was not found and offers a way back`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    // The tab, the history list and a screen reader's page name say so too.
    await expect(page).toHaveTitle(`${heading} · Digest Reader`)
    const back = page.getByRole('main').getByRole('link').first()
    await expect(back).toBeVisible()
    await back.click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toHaveCount(0)
  })
}
