import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page, test } from '@playwright/test'
import { delayScripts } from './support/delay-scripts'
import { EpisodePage } from './support/episode-page'
import { layoutShiftSources, recordLayoutShifts } from './support/layout-shifts'
import { addOlderDigest, OLDER, SEED } from './support/older-digest'

// Reading state (issue 4): the explicit read mark, "mark all in this digest
// read", unread counts on the overview and the archive, "Unread only" beside
// the podcast filter, "Continue where you left off", and the state's place in
// "Export your data" / "Import data". Checked as a reader sees it.

function markRead(page: Page): Locator {
  return page.getByRole('button', { name: 'Mark as read' })
}

function markAll(page: Page): Locator {
  return page.getByRole('button', { name: 'Mark all in this digest read' })
}

function topPodcasts(page: Page): Locator {
  return page.getByRole('region', { name: 'Top Podcast' })
}

/** One entry of the overview's "Top Podcast" list, found by its episode link. */
function topEntry(page: Page, episodeTitle: string): Locator {
  return topPodcasts(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: episodeTitle, exact: true }) })
}

function unreadOnly(page: Page): Locator {
  return page.getByRole('checkbox', { name: 'Unread only' })
}

function archiveDay(page: Page, title: string): Locator {
  return page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(title) }) })
}

/** The reader goes to `section` from the contents and stops there: the episode is unfinished. */
async function readUpTo(episode: EpisodePage, section: ReturnType<EpisodePage['section']>) {
  await episode.goto()
  await episode.contentsEntry(section).click()
  await episode.expectOpenInView(section)
}

/** A prerendered page shows before its buttons work: wait until the app has taken it over. */
async function appReady(page: Page) {
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
}

async function openOverview(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(SEED.title) })).toBeVisible()
  await appReady(page)
}

async function openArchive(page: Page, query = '') {
  await page.goto(`/digests${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
  await appReady(page)
}

test.describe('reading state', () => {
  test('opening an episode does not mark it read; its button does, and undoes it', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await episode.toggle(episode.section('2')).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'false')
    await openOverview(page)
    await expect(page.getByText('2 episodes · 2 unread')).toBeVisible()

    await episode.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
    await expect(episode.announcement('Marked as read.')).toBeVisible()
    await expect(markRead(page)).toBeFocused()

    await page.reload()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
    await openOverview(page)
    await expect(page.getByText('2 episodes · 1 unread')).toBeVisible()
    await expect(
      topEntry(page, episode.episode.title).getByText('Read', { exact: true }),
    ).toBeVisible()
    // The mark comes with the reader's data, after the page has painted: it
    // must not make its line taller (it did by 3 px, a shift of every entry
    // under it, aligned by its icon's foot to the podcast's baseline).
    const lineHeights = await topPodcasts(page)
      .locator('li > div:first-child')
      .evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().height))
    expect(new Set(lineHeights).size, `entry lines ${lineHeights.join(', ')} px`).toBe(1)

    await episode.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'false')
    await expect(episode.announcement('Marked as unread.')).toBeVisible()
    await openOverview(page)
    await expect(page.getByText('2 episodes · 2 unread')).toBeVisible()
    await expect(
      topEntry(page, episode.episode.title).getByText('Read', { exact: true }),
    ).toBeHidden()
  })

  test('"Mark as unread" holds when the reader reaches the end again, with "mark read at the end" on', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page.getByRole('checkbox', { name: 'Mark an episode read when I reach its end' }).check()
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page.getByRole('button', { name: 'Expand all' }).click()
    const toEnd = () => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const toTop = () => page.evaluate(() => window.scrollTo(0, 0))

    await toEnd()
    await expect(episode.announcement('Marked as read: you reached the end.')).toBeAttached()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    await toTop()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'false')
    // Down again to re-read the last section: the reader said unread, it stays unread.
    await toEnd()
    await page.waitForTimeout(500)
    await toTop()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'false')
    await openOverview(page)
    await expect(page.getByText('2 episodes · 2 unread')).toBeVisible()
  })

  test('marked read, the button shows its tick, in both themes', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await episode.goto()
      await appReady(page)
      if ((await markRead(page).getAttribute('aria-pressed')) === 'false')
        await markRead(page).click()
      await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
      // The tick is drawn over a circle filled with the text colour: it must not be that colour.
      const [circle, tick] = await markRead(page).evaluate((button) => [
        getComputedStyle(button.querySelector('circle') as Element).fill,
        getComputedStyle(button.querySelector('path') as Element).stroke,
      ])
      expect(tick, colorScheme).not.toBe(circle)
    }
  })

  test('with storage full, marking read says the mark is kept only in this tab', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await appReady(page)
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
    const kept = /Browser storage is full, so the latest reading progress is kept only in this tab/
    await expect(episode.announcement(kept)).toBeVisible()
    await expect(
      page.getByRole('note', { name: 'Not saved in this browser' }).getByText(kept),
    ).toBeVisible()
  })

  test('"Mark all in this digest read" pressed while the read marks are still loading counts only the unread', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    // The reading-state store is loaded on first use: hold it back, as a slow network would.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/reading-state-store-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await openOverview(page)
    await markAll(page).click()
    await page.waitForTimeout(300)
    release()
    await expect(
      page.getByRole('status').filter({ hasText: 'Marked 1 episode as read.' }),
    ).toBeVisible()
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
  })

  test('"Mark all in this digest read" marks every episode and survives a reload', async ({
    page,
    request,
  }) => {
    const [first, second] = await Promise.all([
      EpisodePage.create(page, request, 0),
      EpisodePage.create(page, request, 1),
    ])
    await openOverview(page)
    await markAll(page).click()
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: 'Marked 2 episodes as read.' }),
    ).toBeVisible()
    for (const episode of [first, second]) {
      await expect(
        topEntry(page, episode.episode.title).getByText('Read', { exact: true }),
      ).toBeVisible()
    }
    // Pressed again (aria-disabled, still focusable), it says there is nothing left and keeps focus.
    await markAll(page).press('Enter')
    await expect(
      page.getByRole('status').filter({ hasText: 'Every episode in this digest is already read.' }),
    ).toBeVisible()
    await expect(markAll(page)).toBeFocused()

    await page.reload()
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
    await second.goto()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    // The digest's own page says the same.
    await page.goto(`/digests/${SEED.date}`)
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
  })

  test('the archive shows how much of each digest is unread', async ({ page, request }) => {
    await addOlderDigest(page, request)
    const episode = await EpisodePage.create(page, request)
    await openArchive(page)
    const seedDay = archiveDay(page, SEED.title)
    await expect(seedDay.getByText('2 unread', { exact: true })).toBeVisible()

    await episode.goto()
    await markRead(page).click()
    await openArchive(page)
    await expect(seedDay.getByText('1 unread', { exact: true })).toBeVisible()

    // The older digest (in January) counts its own episodes.
    await page.goto(`/digests/${OLDER.date}`)
    await markAll(page).click()
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
    await openArchive(page, `?from=${OLDER.month}`)
    await expect(archiveDay(page, OLDER.title).getByText('All read', { exact: true })).toBeVisible()

    // Filtered by podcast, a day counts that podcast's episodes.
    await openArchive(page, '?podcast=chris-williamson')
    await expect(page.getByRole('main').getByText('1 unread', { exact: true })).toBeVisible()
  })

  test('"Unread only" beside the podcast filter hides read episodes, in the URL and after reload', async ({
    page,
    request,
  }) => {
    const [first, second] = await Promise.all([
      EpisodePage.create(page, request, 0),
      EpisodePage.create(page, request, 1),
    ])
    await first.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    await openOverview(page)
    const firstLink = topPodcasts(page).getByRole('link', {
      name: first.episode.title,
      exact: true,
    })
    const secondLink = topPodcasts(page).getByRole('link', {
      name: second.episode.title,
      exact: true,
    })
    await expect(firstLink).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Filter by podcast' })).toBeVisible()

    // check() fails if the box does not stay checked right after the click
    // (it used to flick back until the URL caught up).
    await unreadOnly(page).check()
    await expect(page).toHaveURL(/[?&]unread=1/)
    await expect(firstLink).toBeHidden()
    await expect(secondLink).toBeVisible()

    await page.reload()
    await expect(unreadOnly(page)).toBeChecked()
    await expect(firstLink).toBeHidden()
    await expect(secondLink).toBeVisible()

    // With the podcast filter on the read episode's podcast, nothing is left, and the page says why.
    await page.getByRole('combobox', { name: 'Filter by podcast' }).selectOption('all-in-podcast')
    await expect(page).toHaveURL(/podcast=all-in-podcast/)
    await expect(page).toHaveURL(/unread=1/)
    await expect(
      page.getByText('You have read every episode here. Clear “Unread only” to see them again.'),
    ).toBeVisible()

    await unreadOnly(page).uncheck()
    await expect(page).not.toHaveURL(/unread=/)
    await expect(firstLink).toBeVisible()
  })

  test('"Unread only" in the archive lists only unread episodes, and leaves out days read', async ({
    page,
    request,
  }) => {
    await addOlderDigest(page, request)
    const first = await EpisodePage.create(page, request, 0)
    const second = await EpisodePage.create(page, request, 1)
    await first.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    await openArchive(page)
    const main = page.getByRole('main')
    const firstLink = main.getByRole('link', { name: first.episode.title, exact: true })
    const secondLink = main.getByRole('link', { name: second.episode.title, exact: true })
    await expect(firstLink).toBeVisible()
    // check() fails if the box does not stay checked right after the click
    // (it used to flick back until the URL caught up).
    await unreadOnly(page).check()
    await expect(page).toHaveURL(/[?&]unread=1/)
    await expect(firstLink).toBeHidden()
    await expect(secondLink).toBeVisible()

    await page.reload()
    await expect(unreadOnly(page)).toBeChecked()
    await expect(secondLink).toBeVisible()
    await expect(firstLink).toBeHidden()

    // A day with everything read is left out altogether.
    await page.goto(`/digests/${SEED.date}`)
    await appReady(page)
    await markAll(page).click()
    await expect(page.getByText('2 episodes · All read')).toBeVisible()
    await openArchive(page, '?unread=1')
    await expect(archiveDay(page, SEED.title)).toHaveCount(0)
  })

  test('"Continue where you left off" opens the episode at the last section read', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const section = episode.section('5')
    await openOverview(page)
    await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0)

    await readUpTo(episode, section)

    await openOverview(page)
    const card = page.getByRole('region', { name: 'Continue where you left off' })
    await expect(card).toBeVisible()
    await expect(card).toContainText(`at 5. ${section.title}`)
    await card.getByRole('link', { name: episode.episode.title }).click()
    await expect(page).toHaveURL(episode.url(section.id))
    await episode.expectOpenInView(section)
  })

  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`"Continue where you left off" comes without moving the page, at ${width} px`, async ({
      page,
      request,
    }) => {
      const episode = await EpisodePage.create(page, request)
      const section = episode.section('5')
      await readUpTo(episode, section)
      await page.setViewportSize({ width, height })

      // The next morning: the card comes with the reader's data, after the
      // page has painted (the app's scripts held back, as on a slow phone).
      await delayScripts(page, 1_500)
      await recordLayoutShifts(page)
      await openOverview(page)
      const card = page.getByRole('region', { name: 'Continue where you left off' })
      await expect(card).toBeVisible()
      await page.waitForTimeout(300)
      expect(await layoutShiftSources(page)).toEqual([])

      // The episode's own offer, above its summary.
      await episode.goto()
      const offer = page.getByRole('link', { name: /^Continue where you left off: 5\./ })
      await expect(offer).toBeVisible()
      await page.waitForTimeout(300)
      expect(await layoutShiftSources(page)).toEqual([])

      // Marked read: nothing to continue, and nothing stands in for it.
      await markRead(page).click()
      await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
      await openOverview(page)
      await expect(topPodcasts(page)).toBeVisible()
      await page.waitForTimeout(300)
      await expect(card).toHaveCount(0)
      expect(await layoutShiftSources(page)).toEqual([])
    })
  }

  test('the episode itself offers to continue, until it is marked read', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const section = episode.section('5')
    await readUpTo(episode, section)

    // Coming back to the episode without a link offers the same place.
    await episode.goto()
    const resume = page.getByRole('link', {
      name: `Continue where you left off: 5. ${section.title}`,
    })
    await expect(resume).toBeVisible()
    await resume.click()
    await episode.expectOpenInView(section)

    // A finished episode is not offered any more.
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
    await openOverview(page)
    await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0)
  })

  test('"Export your data" pressed while the reading progress is still loading waits for it', async ({
    page,
    request,
  }, testInfo) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')
    await episode.bookmark(episode.section('2')).click()

    // The reading-state store is loaded on first use: hold it back, as a slow network would.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/reading-state-store-[^/]*\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/bookmarks')
    await appReady(page)
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export your data' }).click()
    await page.waitForTimeout(300)
    release()
    const file = testInfo.outputPath('data.json')
    await (await downloading).saveAs(file)
    await expect(
      page.getByRole('status').filter({ hasText: 'the reading progress of 1 episode' }),
    ).toBeVisible()
    const exported = JSON.parse(await readFile(file, 'utf8'))
    expect(exported.readingState.episodes).toEqual([
      expect.objectContaining({ episodeSlug: episode.episode.slug, readAt: expect.any(String) }),
    ])
  })

  test('reading state is part of "Export your data" and comes back with "Import data"', async ({
    page,
    browser,
    request,
  }, testInfo) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await markRead(page).click()
    await expect(markRead(page)).toHaveAttribute('aria-pressed', 'true')

    await page.goto('/bookmarks')
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export your data' }).click()
    const file = testInfo.outputPath('data.json')
    await (await downloading).saveAs(file)
    await expect(
      page.getByRole('status').filter({ hasText: 'the reading progress of 1 episode' }),
    ).toBeVisible()
    const exported = JSON.parse(await readFile(file, 'utf8'))
    expect(exported.readingState.episodes).toEqual([
      expect.objectContaining({
        date: episode.digest.date,
        episodeSlug: episode.episode.slug,
        readAt: expect.any(String),
      }),
    ])

    // Another browser (a fresh context) starts with nothing read, then imports the file.
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      serviceWorkers: 'block',
    })
    const other = await context.newPage()
    await openOverview(other)
    await expect(other.getByText('2 episodes · 2 unread')).toBeVisible()
    await other.goto('/bookmarks')
    await other.getByLabel('Import data').setInputFiles(file)
    await expect(
      other
        .getByRole('status')
        .filter({ hasText: 'Reading progress: 1 episode added or updated.' }),
    ).toBeVisible()
    await openOverview(other)
    await expect(other.getByText('2 episodes · 1 unread')).toBeVisible()
    const otherEpisode = new EpisodePage(other, episode.digest, episode.episode)
    await otherEpisode.goto()
    await expect(markRead(other)).toHaveAttribute('aria-pressed', 'true')
    await context.close()
  })
})
