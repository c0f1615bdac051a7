import { expect, type Page, test } from '@playwright/test'
import type { MonthFile, SiteIndex } from '../src/schema/site-index'
import { addOlderDigest, OLDER, SEED } from './support/older-digest'

test.use({ serviceWorkers: 'block' })

test('lists every digest newest first, each with its title and linked episodes', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  await page.goto('/digests')
  await expect(page).toHaveTitle('Archive · Digest Reader')
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
  await expect(page.getByText('2 digests, newest first')).toBeVisible()

  // The older month loads on demand: by itself as it scrolls near, or with the button.
  const older = page.getByRole('button', { name: 'Show older digests' })
  if (await older.isVisible()) await older.click()
  const digests = page.getByRole('main').getByRole('article')
  await expect(digests.getByRole('heading', { level: 3 })).toHaveText([
    new RegExp(SEED.title),
    new RegExp(OLDER.title),
  ])
  await expect(page.getByRole('heading', { level: 2, name: 'January 2025' })).toBeVisible()

  const seedDay = digests.filter({ hasText: SEED.title })
  await expect(seedDay.getByText('Monday, February 3, 2025')).toBeVisible()
  await expect(seedDay.getByRole('link', { name: 'All-In Podcast' })).toHaveAttribute(
    'href',
    '/podcasts/all-in-podcast',
  )
  await seedDay.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ }).click()
  await expect(page).toHaveURL(
    /\/digests\/2025-02-03\/men-arent-seen-as-having-problems-but-as-being-the-problem$/,
  )
  await page.goBack()
  await digests.getByRole('link', { name: OLDER.title }).click()
  await expect(page).toHaveURL(new RegExp(`/digests/${OLDER.date}$`))
  await expect(page.getByRole('heading', { level: 1, name: OLDER.title })).toBeVisible()
})

/** An archive of `months` months with 25 digests each, served month file by month file. */
async function serveLongArchive(page: Page, months: number) {
  const monthNames = Array.from({ length: months }, (_, i) => {
    const date = new Date(Date.UTC(2025, 1 - i, 1))
    return date.toISOString().slice(0, 7)
  })
  const datesOf = (month: string) =>
    Array.from({ length: 25 }, (_, i) => `${month}-${String(25 - i).padStart(2, '0')}`)
  const index: SiteIndex = {
    version: 1,
    site: 'Digestly',
    latest: datesOf(monthNames[0] ?? '')[0] ?? null,
    digestCount: months * 25,
    months: monthNames.map((month) => ({ month, count: 25, dates: datesOf(month) })),
    podcasts: [{ slug: 'all-in-podcast', name: 'All-In Podcast', episodeCount: months * 25 }],
    postCount: 0,
  }
  const requested: string[] = []
  await page.route('**/data/index.json', (route) => route.fulfill({ json: index }))
  await page.route('**/data/months/*.json', (route) => {
    const month = new URL(route.request().url()).pathname.split('/').pop()?.replace('.json', '')
    if (!month || !monthNames.includes(month)) return route.fulfill({ status: 404 })
    requested.push(month)
    const file: MonthFile = {
      month,
      digests: datesOf(month).map((date) => ({
        date,
        title: `Digest of ${date}`,
        episodes: ['one', 'two', 'three'].map((n) => ({
          date,
          slug: `episode-${n}`,
          podcast: 'All-In Podcast',
          podcastSlug: 'all-in-podcast',
          title: `Episode ${n} of ${date}`,
          oneLine: null,
        })),
      })),
    }
    return route.fulfill({ json: file })
  })
  return { monthNames, requested }
}

test('a long archive loads month by month and keeps the page small', async ({ page }) => {
  const { monthNames, requested } = await serveLongArchive(page, 120)
  await page.goto('/digests')
  await expect(page.getByText('3000 digests, newest first')).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2025-02-25' })).toBeVisible()

  // Scrolling to the end loads older months, up to a window of three.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('End')
    await page.waitForTimeout(300)
  }
  const older = page.getByRole('link', { name: 'Older digests →' })
  await expect(older).toBeVisible()
  expect(new Set(requested)).toEqual(new Set(monthNames.slice(0, 3)))
  expect(await page.getByRole('article').count()).toBe(75)

  // The next window has its own address and still holds at most three months.
  await older.click()
  await expect(page).toHaveURL(/\/digests\?from=2024-11$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2024-11-25' })).toBeVisible()
  await expect(page.getByRole('link', { name: '← Newer digests' })).toBeVisible()
  const rows = await page.locator('main li').count()
  expect(rows).toBeLessThan(400)
})

test('a month file that fails shows its own error and Try again, the rest stays', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  let broken = true
  await page.route(`**/data/months/${OLDER.month}.json`, (route) =>
    broken ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
  )
  await page.goto('/digests')
  const older = page.getByRole('button', { name: 'Show older digests' })
  if (await older.isVisible()) await older.click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('January 2025 could not be loaded')
  await expect(alert).toContainText(`The server answered 500 for months/${OLDER.month}.json.`)
  await expect(page.getByRole('heading', { level: 3, name: SEED.title })).toBeVisible()
  broken = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 3, name: OLDER.title })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
