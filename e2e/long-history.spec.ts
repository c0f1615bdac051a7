import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { READING_STATE_KEY } from '../src/lib/storage/reading-state-store'
import { BOOKMARKS_KEY, EpisodePage } from './support/episode-page'

// A reader of many years: the reading history grows with every episode
// opened, and it shares the origin's storage (5,242,880 characters in
// Chromium) with the bookmarks (src/lib/storage/reading-state-budget.ts).

/** Characters an origin may keep in localStorage, keys included (measured in Debian's Chromium). */
const QUOTA = 5_242_880
/** Left free by the seeded history: less than one bookmark takes. */
const LEFT_FREE = 100

/**
 * Runs in the page before the app: a reading history of about ten years
 * (four episodes a day, three in four marked read) that fills the origin's
 * storage to within LEFT_FREE characters, as a version of the app without a
 * budget for it could leave it. Once per test: the app's own writes must stand.
 */
function seedHistory({ key, quota, free }: { key: string; quota: number; free: number }) {
  if (sessionStorage.getItem('seeded')) return
  sessionStorage.setItem('seeded', '1')
  const entry = (i: number, title: string) => {
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 4) * 86_400_000)
      .toISOString()
      .slice(0, 10)
    return JSON.stringify({
      date,
      episodeSlug: `why-startup-funding-is-about-to-change-everything-${i}`,
      episodeTitle: title,
      podcast: 'The Diary Of A CEO',
      readAt: i % 4 === 0 ? null : `${date}T08:12:33.123Z`,
      lastSection: { id: 'what-the-numbers-say', number: '3', title: 'What the numbers say' },
      updatedAt: `${date}T08:12:33.123Z`,
    })
  }
  const title = 'Why Startup Funding Is About to Change Everything'
  const target = quota - free - key.length
  const head = '{"version":1,"episodes":['
  const parts: string[] = []
  let length = head.length + 2
  for (let i = 0; ; i++) {
    const next = entry(i, title)
    // The last entry's title takes up what is left, to the character.
    const last = target - length - (parts.length > 0 ? 1 : 0) - entry(i, '').length
    if (last < next.length * 2) {
      parts.push(entry(i, 'x'.repeat(last)))
      break
    }
    parts.push(next)
    length += next.length + (parts.length > 1 ? 1 : 0)
  }
  localStorage.setItem(key, `${head}${parts.join(',')}]}`)
}

/**
 * The page opens with the storage full (seedHistory) and its reading history's
 * store held back until the returned function is called: until then this tab
 * cannot make room by fitting the history.
 */
async function fullStorageWithHistoryHeld(page: Page): Promise<() => void> {
  await page.addInitScript(seedHistory, { key: READING_STATE_KEY, quota: QUOTA, free: LEFT_FREE })
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/reading-state-store-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * Opens an episode with the storage full and this tab's history held back
 * (fullStorageWithHistoryHeld), and bookmarks its first section once the app
 * runs: the bookmark shows as pressed, and the notice says it found no room.
 */
async function bookmarkWithStorageFull(page: Page, request: APIRequestContext) {
  const release = await fullStorageWithHistoryHeld(page)
  const episode = await EpisodePage.create(page, request)
  await page.goto(episode.url())
  const saved = episode.section('1')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await episode.bookmark(saved).click()
  await expect(episode.bookmark(saved)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText(/Browser storage is full/).first()).toBeVisible()
  return { release, episode, saved }
}

/** The page says the bookmarks are saved again, the full-storage notice is gone, and the bookmark is stored. */
async function expectSavedAgain(page: Page, episode: EpisodePage) {
  await expect(
    page.getByText('Your bookmarks are saved in this browser again.').first(),
  ).toBeVisible()
  await expect(page.getByText(/Browser storage is full/)).toHaveCount(0)
  expect(await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)).toContain(
    episode.episode.slug,
  )
}

test('ten years of reading history leave room for a new bookmark, and every read mark is kept', async ({
  page,
  request,
}) => {
  await page.addInitScript(seedHistory, { key: READING_STATE_KEY, quota: QUOTA, free: LEFT_FREE })
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  const seeded = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}').episodes.length,
    READING_STATE_KEY,
  )
  expect(seeded).toBeGreaterThan(14_000)

  const saved = episode.section('1')
  await episode.bookmark(saved).click()
  await expect(episode.bookmark(saved)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText(/Browser storage is full/)).toHaveCount(0)

  await page.reload()
  await expect(episode.bookmark(saved)).toHaveAttribute('aria-pressed', 'true')
  expect(await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)).toContain(
    episode.episode.slug,
  )
  // Nothing the reader did is gone: every episode is still recorded, read or not.
  const history = await page.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{}').episodes as {
          episodeSlug: string
          readAt: string | null
          episodeTitle: string
        }[]
      ).filter((entry) => entry.episodeSlug.startsWith('why-startup-funding')),
    READING_STATE_KEY,
  )
  expect(history.length).toBe(seeded)
  expect(history.filter((entry) => entry.readAt !== null).length).toBe(
    seeded - Math.ceil(seeded / 4),
  )
  // Read episodes gave up their copied titles, oldest first (here, all of
  // them); the unread ones, which "Continue" may offer, kept theirs.
  expect(history[1]?.episodeTitle).toBe('')
  const unread = history.filter((entry) => entry.readAt === null)
  expect(unread.every((entry) => entry.episodeTitle !== '')).toBe(true)
})

// The reading history is fitted to its budget by its store, which loads after
// the page (lazy-reading-state-store.ts). A bookmark made before that found no
// room, and was kept only in the tab: a reload lost it.
test('a bookmark made before the reading history has made room is saved once it has', async ({
  page,
  request,
}) => {
  const { release, episode, saved } = await bookmarkWithStorageFull(page, request)

  release()
  await expectSavedAgain(page, episode)
  await page.reload()
  await expect(episode.bookmark(saved)).toHaveAttribute('aria-pressed', 'true')
})

// The same, with the room made by another tab: this tab's own history is still
// loading, the reader's other tab reads the history and fits it. The refused
// bookmark waited for this tab's next change before, and a reload lost it.
test('a bookmark refused for lack of room is saved once another tab makes room', async ({
  context,
  page,
  request,
}) => {
  // This tab's reading history never loads until the end: the room comes from elsewhere.
  const { release, episode, saved } = await bookmarkWithStorageFull(page, request)

  const otherTab = await context.newPage()
  await otherTab.goto(episode.url())
  await expect(otherTab.locator('html[data-app-ready]')).toBeAttached()

  await expectSavedAgain(page, episode)
  release()
  await page.reload()
  await expect(episode.bookmark(saved)).toHaveAttribute('aria-pressed', 'true')
})
