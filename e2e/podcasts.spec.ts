import { expect, type Page, test } from '@playwright/test'
import { addOlderDigest, OLDER } from './support/older-digest'
import {
  captureAtWidths,
  expectNoSeriousViolations,
  THEMES,
  tapWhereShown,
} from './support/page-checks'

test.use({ serviceWorkers: 'block' })

/** A podcast with `count` episodes, one a day back from 2025-02-03, served as its file. */
async function serveLongPodcast(page: Page, count: number) {
  const episodes = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2025, 1, 3 - i)).toISOString().slice(0, 10)
    return {
      date,
      slug: `episode-${i + 1}`,
      podcast: 'Long Podcast',
      podcastSlug: 'long-podcast',
      title: `Episode ${i + 1}`,
      oneLine: null,
    }
  })
  await page.route('**/data/podcasts/long-podcast.json', (route) =>
    route.fulfill({ json: { slug: 'long-podcast', name: 'Long Podcast', episodes } }),
  )
}

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

test('a podcast address with capitals opens the podcast at its own address', async ({ page }) => {
  await page.goto('/podcasts/Chris-Williamson')
  await expect(page.getByRole('heading', { level: 1, name: 'Chris Williamson' })).toBeVisible()
  await expect(page).toHaveURL(/\/podcasts\/chris-williamson$/)
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

test('Back from an episode deep in a long podcast page returns to it, with the rows opened', async ({
  page,
}) => {
  await serveLongPodcast(page, 250)
  await page.goto('/podcasts/long-podcast')
  await expect(page.getByRole('heading', { level: 1, name: 'Long Podcast' })).toBeVisible()
  const rows = page.getByRole('main').getByRole('listitem')
  await expect(rows).toHaveCount(100)
  await page.getByRole('button', { name: 'Show older episodes (150 more)' }).click()
  await expect(rows).toHaveCount(200)

  const deep = page.getByRole('link', { name: 'Episode 180', exact: true })
  await deep.scrollIntoViewIfNeeded()
  await deep.click()
  await expect(page).toHaveURL(/\/digests\/\d{4}-\d{2}-\d{2}\/episode-180$/)
  await page.goBack()
  // Before, Back showed the first 100 rows and the reader was somewhere among them.
  await expect(rows).toHaveCount(200)
  await expect(deep).toBeInViewport()
  await expect(page.getByRole('button', { name: 'Show older episodes (50 more)' })).toBeVisible()

  // A new visit starts at the first page again.
  await page.getByRole('link', { name: 'Podcasts', exact: true }).first().click()
  await page.goto('/podcasts/long-podcast')
  await expect(rows).toHaveCount(100)
})

test('a Top Podcast entry links to its podcast page', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('region', { name: 'Top Podcast' })
    .getByRole('link', { name: 'Chris Williamson' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Chris Williamson' })).toBeVisible()
})

const EPISODE = {
  title: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
  path: '/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out',
}

test('a podcast page shows each episode’s date and one-line summary; the whole row opens it', async ({
  page,
}) => {
  await page.goto('/podcasts/all-in-podcast')
  const row = page.getByRole('main').getByRole('listitem').filter({ hasText: EPISODE.title })
  await expect(row.getByText('February 3, 2025')).toBeVisible()
  const summary = row.getByText(/^The discussion revolves around the release of a Chinese/)
  await expect(summary).toBeVisible()
  // A tap on the summary, not only on the title, opens the episode.
  await tapWhereShown(page, summary)
  await expect(page).toHaveURL(EPISODE.path)
  await expect(page.getByRole('heading', { level: 1, name: EPISODE.title })).toBeVisible()
  // The episode names its podcast, linking back to this page.
  await page.getByRole('main').getByRole('link', { name: 'All-In Podcast' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
})

test('a podcast page leads to the archive filtered to it, and back to every podcast', async ({
  page,
}) => {
  await page.goto('/podcasts/all-in-podcast')
  await page.getByRole('link', { name: 'See them in the archive' }).click()
  await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast$/)
  await expect(page.getByRole('combobox', { name: 'Filter by podcast' })).toHaveValue(
    'all-in-podcast',
  )
  await page.goBack()
  await page.getByRole('main').getByRole('link', { name: 'Podcasts', exact: true }).click()
  await expect(page).toHaveURL(/\/podcasts$/)
  await expect(page.getByRole('link', { name: /All-In Podcast\s*1 episode/ })).toBeVisible()
})

test('an unknown podcast says it was not found and offers a way back', async ({ page }) => {
  await page.goto('/podcasts/no-such-podcast')
  await expect(page.getByRole('heading', { level: 1, name: 'Podcast not found' })).toBeVisible()
  await expect(
    page.getByText('No digest has covered a podcast called “no-such-podcast”.'),
  ).toBeVisible()
  await expectNoSeriousViolations(page)
  await page.getByRole('link', { name: 'See all podcasts' }).click()
  await expect(page).toHaveURL(/\/podcasts$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Podcasts' })).toBeVisible()
})

for (const theme of THEMES) {
  test(`podcast list and page (${theme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/podcasts')
    await expect(page.getByRole('link', { name: /Chris Williamson\s*1 episode/ })).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.goto('/podcasts/all-in-podcast')
    await expect(page.getByRole('link', { name: EPISODE.title })).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}

test('podcast screenshots at 390 and 1280 px, light and dark', async ({ page, request }) => {
  test.setTimeout(180_000)
  await addOlderDigest(page, request)
  await captureAtWidths(page, 'podcast-list', async () => {
    await page.goto('/podcasts')
    await expect(page.getByRole('link', { name: /Huberman Lab\s*1 episode/ })).toBeVisible()
  })
  await captureAtWidths(page, 'podcast-page', async () => {
    await page.goto('/podcasts/all-in-podcast')
    await expect(page.getByRole('link', { name: OLDER.allIn.title })).toBeVisible()
  })
})
