import { expect, test } from '@playwright/test'
import { BOOKMARKS_KEY, EpisodePage } from './support/episode-page'
import { seedStorageOnce } from './support/seed-storage'

/**
 * Brings the tab to the front (a background tab renders late) and opens the
 * episode, waiting for the app to take the prerendered page over: a tab reads
 * the stored bookmarks when it hydrates, so one still hydrating would learn
 * of the other tab's write that way, not by the `storage` event these tests
 * are about.
 */
async function open(episode: EpisodePage) {
  await episode.page.bringToFront()
  await episode.goto()
}

// Storage faults that e2e/bookmarks.spec.ts does not cover: two tabs editing
// at once (one of them not yet told of the other's write), and a record
// written by an older version of the app.

test('two tabs bookmarking at once keep both bookmarks, even before either hears of the other', async ({
  page,
  context,
  request,
}) => {
  // Three page loads in two tabs: more than the default budget on a busy machine.
  test.setTimeout(90_000)
  const tabA = await EpisodePage.create(page, request)
  await open(tabA)
  const other = await context.newPage()
  // Tab B never receives `storage` events: the worst case of a background
  // tab whose events are late. Registered first, this listener runs first.
  await other.addInitScript(() => {
    window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true)
  })
  const tabB = new EpisodePage(other, tabA.digest, tabA.episode)
  await open(tabB)

  const first = tabA.section('1')
  const second = tabA.section('2')
  await page.bringToFront()
  await tabA.bookmark(first).click()
  await expect(tabA.bookmark(first)).toHaveAttribute('aria-pressed', 'true')
  // B has not heard of it (give a stray event time to arrive)...
  await other.waitForTimeout(500)
  await expect(tabB.bookmark(first)).toHaveAttribute('aria-pressed', 'false')
  // ...and bookmarks another section.
  await other.bringToFront()
  await tabB.bookmark(second).click()
  await expect(tabB.bookmark(second)).toHaveAttribute('aria-pressed', 'true')

  const stored = await other.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{"bookmarks":[]}') as {
          bookmarks: { sectionId: string }[]
        }
      ).bookmarks.map((b) => b.sectionId),
    BOOKMARKS_KEY,
  )
  expect(stored).toEqual([first.id, second.id])
  // B's own page caught up with A's bookmark when it wrote.
  await expect(tabB.bookmark(first)).toHaveAttribute('aria-pressed', 'true')

  await page.bringToFront()
  await page.goto('/bookmarks')
  await expect(page.getByText('2 sections saved in this browser.')).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByRole('link', { name: `1. ${first.title}` })).toBeVisible()
  await expect(page.getByRole('link', { name: `2. ${second.title}` })).toBeVisible()
})

test('bookmarks stored by an older version are read, shown and upgraded, not set aside', async ({
  page,
  request,
}) => {
  const episode = await EpisodePage.create(page, request)
  const kept = episode.section('7')
  // Version 0: the prototype's bare array, short field names, numeric time.
  const v0 = [
    {
      date: episode.digest.date,
      episode: episode.episode.slug,
      section: kept.id,
      title: kept.title,
      savedAt: Date.parse('2025-02-03T20:00:00Z'),
    },
  ]
  await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify(v0))
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await page.goto('/bookmarks')
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByText('1 section saved in this browser.')).toBeVisible()
  await expect(page.getByRole('link', { name: kept.title })).toHaveAttribute(
    'href',
    episode.url(kept.id),
  )
  await expect(page.getByText(/could not be read/)).toHaveCount(0)

  // The next change writes the current version, with the old bookmark in it.
  await open(episode)
  await expect(episode.bookmark(kept)).toHaveAttribute('aria-pressed', 'true')
  const added = episode.section('1')
  await episode.bookmark(added).click()
  const stored = await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)
  expect(JSON.parse(stored ?? 'null')).toMatchObject({
    version: 1,
    bookmarks: [
      { sectionId: kept.id, savedAt: '2025-02-03T20:00:00.000Z' },
      { sectionId: added.id },
    ],
  })
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((key) => key.includes(':corrupt:'))).toEqual([])
  expect(errors).toEqual([])
})
