import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { POSTS_PER_PAGE } from '../src/features/commentary/posts-per-page'
import type {
  EpisodeRef,
  PodcastFile,
  PodcastPart,
  PostList,
  SiteIndex,
} from '../src/schema/site-index'
import { SCALE_DIGESTS, SCALE_LATEST, scaleBaseURL } from './support/scale-site'

// The app with a generated 1,000-digest archive (scripts/scale-site.ts, the
// second web server of playwright.config.ts): the pages whose size grows with
// the archive render it, and never hold thousands of rows.
test.use({ baseURL: scaleBaseURL })
// The first render of each page waits for its data; on a busy shared machine
// that can take longer than the default five seconds.
const firstRender = expect.configure({ timeout: 20_000 })

test('the overview shows the newest of 1,000 digests', async ({ page, request }) => {
  const index: SiteIndex = await (await request.get('/data/index.json')).json()
  expect(index.digestCount).toBe(SCALE_DIGESTS)
  expect(index.latest).toBe(SCALE_LATEST)
  await page.goto('/')
  const main = page.getByRole('main')
  await firstRender(main.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(main.locator(`a[href^="/digests/${SCALE_LATEST}/"]`).first()).toBeVisible()
})

test('the archive of 1,000 digests renders month by month and stays small', async ({ page }) => {
  await page.goto('/digests')
  await firstRender(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
  // Grouped as a reader writes it (Intl here, the app's own formatter there).
  await expect(
    page.getByText(`${SCALE_DIGESTS.toLocaleString('en')} digests, newest first`),
  ).toBeVisible()
  await firstRender(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible()
  const digestLinks = page.getByRole('main').locator('a[href^="/digests/2"]')
  await expect(digestLinks.first()).toBeVisible()

  // Scroll to the end of the page again and again: months load as they come
  // near, but only within the window; the rest is behind "Older digests".
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('End')
    await page.waitForTimeout(250)
  }
  await expect(page.getByRole('link', { name: /Older digests/ })).toBeVisible()
  expect(await page.getByRole('main').locator('li').count()).toBeLessThan(600)
  expect(await page.locator('*').count()).toBeLessThan(8000)

  await page.getByRole('link', { name: /Older digests/ }).click()
  await expect(page).toHaveURL(/\/digests\?from=\d{4}-\d{2}$/)
  await expect(page.getByRole('link', { name: /Newer digests/ })).toBeVisible()
  await expect(digestLinks.first()).toBeVisible()
})

test('any month of the archive is one choice away, and Back returns', async ({ page, request }) => {
  const index: SiteIndex = await (await request.get('/data/index.json')).json()
  const newest = index.months[0]?.month
  const oldest = index.months.at(-1)?.month
  if (!newest || !oldest) throw new Error('the generated archive has no months')
  const monthName = (month: string) =>
    new Date(`${month}-01T00:00:00Z`).toLocaleString('en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
  await page.goto('/digests')
  await firstRender(page.getByRole('heading', { level: 2, name: monthName(newest) })).toBeVisible()
  const jump = page.getByRole('combobox', { name: 'Jump to month' })
  await expect(jump).toHaveValue(newest)

  await jump.selectOption(oldest)
  await expect(page).toHaveURL(`${scaleBaseURL}/digests?from=${oldest}`)
  await expect(page.getByRole('heading', { level: 2, name: monthName(oldest) })).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.locator(`a[href^="/digests/${oldest}-"]`).first()).toBeVisible()
  await expect(jump).toHaveValue(oldest)
  // The oldest window: nothing older to move to.
  await expect(page.getByRole('link', { name: /Older digests/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Newer digests/ })).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(`${scaleBaseURL}/digests`)
  await expect(page.getByRole('heading', { level: 2, name: monthName(newest) })).toBeVisible()
  await expect(jump).toHaveValue(newest)
})

/** The generated archive's All-In Podcast file, as the app fetches it. */
/** The most covered podcast's file, and all its episodes (its own and its older parts'), newest first. */
async function allInPodcast(
  request: APIRequestContext,
): Promise<{ file: PodcastFile; episodes: EpisodeRef[] }> {
  const file: PodcastFile = await (await request.get('/data/podcasts/all-in-podcast.json')).json()
  const episodes = [...file.episodes]
  for (const { part } of file.older ?? []) {
    const older: PodcastPart = await (
      await request.get(`/data/podcasts/all-in-podcast/${part}.json`)
    ).json()
    episodes.push(...older.episodes)
  }
  return { file, episodes }
}

/** The episode links the page's main region holds, in order. */
function episodeLinks(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .locator('a')
    .evaluateAll((links) =>
      links
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => /^\/digests\/\d{4}-\d{2}-\d{2}\/[a-z0-9-]+$/.test(href)),
    )
}

test('a podcast page lists its episodes across 1,000 digests, a page at a time', async ({
  page,
  request,
}) => {
  const podcast = await allInPodcast(request)
  // The generator covers a few podcasts most days, as a real newsletter does:
  // this one has more episodes than its own file holds.
  expect(podcast.file.older?.length).toBeGreaterThan(0)
  const parts: string[] = []
  page.on('request', (request) => {
    const part = new URL(request.url()).pathname.match(
      /^\/data\/podcasts\/all-in-podcast\/\d+\.json$/,
    )
    if (part) parts.push(part[0])
  })
  await page.goto('/podcasts/all-in-podcast')
  await firstRender(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
  await expect(
    page.getByText(
      `${podcast.episodes.length.toLocaleString('en')} episodes in the digests, newest first`,
    ),
  ).toBeVisible()
  expect((await episodeLinks(page)).slice(0, 100)).toEqual(
    podcast.episodes.slice(0, 100).map((episode) => `/digests/${episode.date}/${episode.slug}`),
  )

  // Page after page into the older parts: the rows run on without a gap or a
  // repeat, and only the parts they are in are fetched.
  const pages = Math.ceil((podcast.file.episodes.length + 250) / 100)
  for (let shown = 100; shown < pages * 100; shown += 100) {
    const more = podcast.episodes.length - shown
    await page
      .getByRole('button', { name: `Show older episodes (${more.toLocaleString('en')} more)` })
      .click()
    const firstAdded = podcast.episodes[shown]
    if (!firstAdded) throw new Error('no episode to add')
    await expect(page.locator(':focus')).toHaveAttribute(
      'href',
      `/digests/${firstAdded.date}/${firstAdded.slug}`,
    )
  }
  const shown = Math.min(pages * 100, podcast.episodes.length)
  expect(await episodeLinks(page)).toEqual(
    podcast.episodes.slice(0, shown).map((episode) => `/digests/${episode.date}/${episode.slug}`),
  )
  // The parts those rows are in, and the next page's (fetched a page ahead), once each.
  const needed: string[] = []
  let held = podcast.file.episodes.length
  for (const { part, count } of podcast.file.older ?? []) {
    if (held >= shown + 100) break
    needed.push(`/data/podcasts/all-in-podcast/${part}.json`)
    held += count
  }
  expect(parts).toEqual(needed)

  // An episode opens from here.
  const last = podcast.episodes[shown - 1]
  if (!last) throw new Error('no episode')
  await page.locator(':focus').click()
  await expect(page).toHaveURL(/\/digests\/\d{4}-\d{2}-\d{2}\//)
  await page.goBack()
  await expect(page.locator(`main a[href="/digests/${last.date}/${last.slug}"]`)).toBeVisible()
})

test.describe('before the app runs', () => {
  test.use({ javaScriptEnabled: false })

  test('a long podcast’s page is prerendered from its own file, as a reader gets it', async ({
    page,
    request,
  }) => {
    const podcast = await allInPodcast(request)
    await page.goto('/podcasts/all-in-podcast')
    const main = page.getByRole('main')
    // The build's pages were of content/: "1 episode in the digests", its one episode.
    await expect(
      main.getByText(
        `${podcast.episodes.length.toLocaleString('en')} episodes in the digests, newest first`,
      ),
    ).toBeVisible()
    expect(await episodeLinks(page)).toEqual(
      podcast.episodes.slice(0, 100).map((episode) => `/digests/${episode.date}/${episode.slug}`),
    )
  })
})

test('an older part that fails: the podcast page says so where its rows go, and Try again brings them', async ({
  page,
  request,
}) => {
  const podcast = await allInPodcast(request)
  const held = podcast.file.episodes.length
  const firstOfPart = podcast.episodes[held]
  if (!firstOfPart) throw new Error('no older part')
  // The part fails until `answer` is set; then it waits for it before it comes.
  let answer: Promise<void> | null = null
  let send = () => {}
  await page.route('**/data/podcasts/all-in-podcast/*.json', async (route) => {
    if (!answer) return route.fulfill({ status: 500, body: '' })
    await answer
    return route.continue()
  })
  await page.goto('/podcasts/all-in-podcast')
  await firstRender(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
  const more = page.getByRole('button', { name: /^Show older episodes/ })
  // Past the podcast's own file: its next rows are in the part.
  for (let shown = 100; shown <= held; shown += 100) {
    await more.press('Enter')
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(
      Math.min(shown + 100, held),
    )
  }
  const panel = page
    .getByRole('alert')
    .filter({ hasText: 'The older episodes could not be loaded' })
  await expect(panel).toBeVisible()
  // Pressed again, it asked for rows the reader could not see.
  await expect(more).toHaveAttribute('aria-disabled', 'true')
  const label = await more.textContent()
  await more.press('Enter')
  await expect(more).toHaveText(label ?? '')

  answer = new Promise((resolve) => {
    send = resolve
  })
  await panel.getByRole('button', { name: 'Try again' }).press('Enter')
  // The panel stays while it tries, with focus on its button (before, the
  // panel went at once and focus fell to the top of the page).
  await expect(panel.getByRole('button', { name: 'Trying again…' })).toBeFocused()
  send()
  await expect(panel).toHaveCount(0)
  await expect(page.locator(':focus')).toHaveAttribute(
    'href',
    `/digests/${firstOfPart.date}/${firstOfPart.slug}`,
  )
  await expect(more).not.toHaveAttribute('aria-disabled')
})

test('one year of a podcast across 1,000 digests is one choice away, and Back returns', async ({
  page,
  request,
}) => {
  const podcast = await allInPodcast(request)
  const years = [...new Set(podcast.episodes.map((episode) => episode.date.slice(0, 4)))]
  const oldest = years.at(-1)
  expect(years.length).toBeGreaterThan(1)
  if (!oldest) throw new Error('no episode')
  const ofOldest = podcast.episodes.filter((episode) => episode.date.startsWith(oldest))
  const first = ofOldest[0]
  if (!first) throw new Error('no episode that year')
  const said = `${ofOldest.length} episode${ofOldest.length === 1 ? '' : 's'} in ${oldest}`

  await page.goto('/podcasts/all-in-podcast')
  await firstRender(page.getByRole('heading', { level: 1, name: 'All-In Podcast' })).toBeVisible()
  const filter = page.getByRole('combobox', { name: 'Filter by year' })
  await expect(filter).toHaveValue('')
  await filter.selectOption(oldest)
  await expect(page).toHaveURL(`${scaleBaseURL}/podcasts/all-in-podcast?year=${oldest}`)
  await expect(page.getByRole('status').filter({ hasText: / episodes? in \d{4}/ })).toHaveText(said)
  await expect(
    page.getByRole('main').locator(`a[href="/digests/${first.date}/${first.slug}"]`).first(),
  ).toBeVisible()
  const links = await episodeLinks(page)
  expect(links.length).toBeGreaterThan(0)
  expect(links.every((href) => href.startsWith(`/digests/${oldest}-`))).toBe(true)

  // The address alone opens the same year (a shared link, a reload).
  await page.reload()
  await expect(filter).toHaveValue(oldest)
  await expect(page.getByRole('status').filter({ hasText: / episodes? in \d{4}/ })).toHaveText(said)

  await page.goBack()
  await expect(page).toHaveURL(`${scaleBaseURL}/podcasts/all-in-podcast`)
  await expect(filter).toHaveValue('')
  const newest = podcast.episodes[0]
  if (!newest) throw new Error('no episode')
  expect((await episodeLinks(page))[0]).toBe(`/digests/${newest.date}/${newest.slug}`)
})

test('the commentary beside 1,000 digests shows its posts a page at a time', async ({
  page,
  request,
}) => {
  const { posts }: PostList = await (await request.get('/data/posts.json')).json()
  expect(posts.length).toBeGreaterThan(POSTS_PER_PAGE)
  await page.goto('/commentary')
  await firstRender(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
  const cards = page.getByRole('main').getByRole('article')
  await firstRender(cards.first()).toBeVisible()
  await expect(cards).toHaveCount(POSTS_PER_PAGE)
  await page
    .getByRole('button', { name: `Show more posts (${posts.length - POSTS_PER_PAGE} more)` })
    .click()
  await expect(cards).toHaveCount(Math.min(posts.length, 2 * POSTS_PER_PAGE))
})
