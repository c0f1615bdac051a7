import { expect, test } from '@playwright/test'
import { addOlderDigest, OLDER } from './support/older-digest'

test.use({ serviceWorkers: 'block' })

test('the podcast list links to each podcast page', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Podcasts' })
    .click()
  await expect(page).toHaveTitle('Podcasts · Digest Reader')
  await expect(page.getByRole('heading', { level: 1, name: 'Podcasts' })).toBeVisible()
  await page.getByRole('link', { name: /Chris Williamson\s*1 episode/ }).click()
  await expect(page).toHaveURL(/\/podcasts\/chris-williamson$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Chris Williamson' })).toBeVisible()
  await expect(page).toHaveTitle('Chris Williamson · Digest Reader')
})

test('a podcast page lists its episodes across digests, newest first', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  await page.goto('/podcasts/all-in-podcast')
  await expect(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
  const episodes = page.getByRole('main').getByRole('listitem')
  await expect(episodes).toHaveCount(2)
  await expect(episodes.nth(0)).toContainText('February 3, 2025')
  await expect(episodes.nth(0)).toContainText('AI Czar David Sacks')
  await expect(episodes.nth(1)).toContainText('January 31, 2025')
  await episodes.nth(1).getByRole('link', { name: OLDER.allIn.title }).click()
  await expect(page).toHaveURL(new RegExp(`/digests/${OLDER.date}/${OLDER.allIn.slug}$`))
})

test('a Top Podcast entry links to its podcast page', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('region', { name: 'Top Podcast' })
    .getByRole('link', { name: 'Chris Williamson' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Chris Williamson' })).toBeVisible()
})
