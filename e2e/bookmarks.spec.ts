import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import type { Digest } from '../src/schema/digest'
import { BOOKMARKS_KEY, EpisodePage, loadDigest } from './support/episode-page'
import { SAVE_SCREENSHOTS } from './support/page-checks'
import { seedStorageOnce } from './support/seed-storage'

function bookmarksHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Bookmarks' })
}

async function openBookmarks(page: Page) {
  await page.goto('/bookmarks')
  await expect(bookmarksHeading(page)).toBeVisible()
}

/** Bookmarks sections 1 to 3 of the sample episode, then opens /bookmarks. */
async function bookmarkThreeSections(page: Page, request: APIRequestContext) {
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  const saved = ['1', '2', '3'].map((number) => episode.section(number))
  for (const section of saved) await episode.bookmark(section).click()
  await openBookmarks(page)
  await expect(page.getByText('3 sections saved in this browser.')).toBeVisible()
  return { episode, saved }
}

/** Every section of the sample digest as a stored bookmark, titled by `title`. */
function everySectionSaved(
  digest: Digest,
  title: (sectionTitle: string) => string = (sectionTitle) => sectionTitle,
) {
  return digest.episodes.flatMap((episode) =>
    episode.sections.map((section) => ({
      date: digest.date,
      episodeSlug: episode.slug,
      sectionId: section.id,
      digestTitle: digest.title,
      episodeTitle: episode.title,
      podcast: episode.podcast,
      sectionTitle: title(section.title),
      sectionNumber: section.number,
      savedAt: '2025-02-03T20:00:00.000Z',
    })),
  )
}

test.describe('bookmarks', () => {
  test('bookmark a section, reload, find it on /bookmarks and follow it back', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('7')
    const toggle = episode.bookmark(section)

    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(episode.announcement(`Bookmarked “${section.title}”.`)).toBeVisible()

    await page.reload()
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')

    await openBookmarks(page)
    const digestGroup = page.getByRole('region', { name: 'February 3, 2025' })
    await expect(digestGroup).toBeVisible()
    await expect(
      digestGroup.getByRole('heading', { level: 3, name: new RegExp(episode.episode.title) }),
    ).toBeVisible()
    const link = digestGroup.getByRole('link', { name: `7. ${section.title}` })
    await expect(link).toHaveAttribute('href', episode.url(section.id))

    await link.click()
    await expect(episode.title).toBeVisible()
    await episode.expectOpenInView(section)
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')
  })

  test('sub-sections can be bookmarked too, and unbookmarked from the episode', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto(episode.section('7.1').id)
    const sub = episode.section('7.1')
    await episode.bookmark(sub).click()
    await expect(episode.bookmark(sub)).toHaveAttribute('aria-pressed', 'true')
    await episode.bookmark(sub).click()
    await expect(episode.bookmark(sub)).toHaveAttribute('aria-pressed', 'false')
    await expect(episode.announcement(`Removed the bookmark for “${sub.title}”.`)).toBeVisible()
  })

  test('remove one, then remove all after confirming, each with an Undo', async ({
    page,
    request,
  }) => {
    const { episode, saved } = await bookmarkThreeSections(page, request)
    const [first, second, third] = saved
    if (!first || !second || !third) throw new Error('sections')

    await page
      .getByRole('button', { name: `Remove bookmark “${first.title}”, section ${first.number}` })
      .click()
    await expect(page.getByRole('link', { name: `1. ${first.title}` })).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'Removed the bookmark' })).toBeVisible()
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()

    // Undo brings the one removed back.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByRole('link', { name: `1. ${first.title}` })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Restored 1 bookmark.' })).toBeVisible()
    await page
      .getByRole('button', { name: `Remove bookmark “${first.title}”, section ${first.number}` })
      .click()
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()

    // The question opens on its safe answer: Enter twice removes nothing; Escape closes it.
    await page.getByRole('button', { name: 'Remove all…' }).press('Enter')
    await expect(page.getByText('Remove all 2 bookmarks?')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('link', { name: `2. ${second.title}` })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Remove all…' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(page.getByText('Remove all 2 bookmarks?')).toBeHidden()
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()

    await page.getByRole('button', { name: 'Remove all…' }).click()
    await page.getByRole('button', { name: 'Yes, remove all' }).click()
    await expect(page.getByText('No bookmarks yet')).toBeVisible()
    // A slip is not final while the page is open.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()
    await page.reload()
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()
    await page.getByRole('button', { name: 'Remove all…' }).click()
    await page.getByRole('button', { name: 'Yes, remove all' }).click()
    await expect(page.getByText('No bookmarks yet')).toBeVisible()

    await page.goto(episode.url())
    await expect(episode.bookmark(second)).toHaveAttribute('aria-pressed', 'false')
  })

  test('Enter pressed twice on Remove loses nothing: Undo brings back each removal, focus on its row', async ({
    page,
    request,
  }) => {
    const [first, second, third] = (await bookmarkThreeSections(page, request)).saved
    if (!first || !second || !third) throw new Error('sections')
    const removeButton = (section: typeof first) =>
      page.getByRole('button', {
        name: `Remove bookmark “${section.title}”, section ${section.number}`,
      })

    // The first press moves focus to the next row's Remove: a second press removes that one too.
    await removeButton(first).press('Enter')
    await expect(removeButton(second)).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('1 section saved in this browser.')).toBeVisible()

    const undo = page.getByRole('button', { name: 'Undo' })
    await undo.press('Enter')
    await expect(page.getByRole('link', { name: `2. ${second.title}` })).toBeVisible()
    // The earlier removal can still be undone, and focus stays on Undo to do it.
    await expect(
      page.getByRole('status').filter({ hasText: `Undo again to restore “${first.title}”` }),
    ).toBeVisible()
    await expect(undo).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('3 sections saved in this browser.')).toBeVisible()
    await expect(undo).toBeHidden()
    // Back where the reader was when the first slip happened, not at the top of the page.
    await expect(removeButton(first)).toBeFocused()
    await page.reload()
    await expect(page.getByText('3 sections saved in this browser.')).toBeVisible()
  })

  test('on a phone, removing a row far down the list shows the message and its Undo where the reader is', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const digest = await loadDigest(request)
    const bookmarks = everySectionSaved(digest)
    await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify({ version: 1, bookmarks }))
    await openBookmarks(page)
    const remove = page.getByRole('button', { name: /^Remove bookmark/ })
    await expect(remove).toHaveCount(bookmarks.length)
    await remove.last().click()
    await expect(remove).toHaveCount(bookmarks.length - 1)
    const status = page.getByRole('status').filter({ hasText: 'Removed the bookmark' })
    // Not only at the top of the page, scrolled away above the rows.
    await expect(status).toBeInViewport()
    const undo = page.getByRole('button', { name: 'Undo' })
    await expect(undo).toBeInViewport()
    await undo.click()
    await expect(remove).toHaveCount(bookmarks.length)
  })

  test('on a narrow phone, the pinned message never covers the row focus reaches', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    const digest = await loadDigest(request)
    // Long titles: the message names one, and wraps to three lines at 320 px.
    const long = 'Why the semiconductor export controls on advanced chips reshape the supply chain'
    const bookmarks = everySectionSaved(digest, (title) => `${long}: ${title}`)
    await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify({ version: 1, bookmarks }))
    await openBookmarks(page)
    const remove = page.getByRole('button', { name: /^Remove bookmark/ })
    await remove.nth(3).click()
    const bar = page.getByRole('status').filter({ hasText: 'Removed the bookmark' }).locator('..')
    await expect(bar).toBeInViewport()
    const below = async () => {
      const box = await bar.boundingBox()
      if (!box) throw new Error('no message')
      return box.y + box.height
    }
    // Taller than the page's 3rem of scroll padding: the case this is about.
    expect(await below()).toBeGreaterThan(48)
    const focused = page.locator(':focus')
    const coveredBy = async () =>
      (await below()) - ((await focused.evaluate((e) => e.getBoundingClientRect().top)) ?? 0)
    // The page moved focus to the next row's Remove: not under the message.
    await expect(focused).toHaveAttribute('data-remove-bookmark')
    expect(await coveredBy()).toBeLessThanOrEqual(0)
    // Tab to a row that stands just below the 3rem padding, under the message.
    const row = remove.nth(10).locator('xpath=ancestor::li[1]')
    const link = row.getByRole('link')
    await remove.nth(9).evaluate((button) => button.focus({ preventScroll: true }))
    await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 52))
    await page.keyboard.press('Tab')
    await expect(link).toBeFocused()
    expect(await coveredBy()).toBeLessThanOrEqual(0)
    expect((await row.boundingBox())?.y).toBeGreaterThanOrEqual(await below())
  })

  test('removing a bookmark leaves the focus where the reader has already moved it', async ({
    page,
    request,
  }) => {
    const [first] = (await bookmarkThreeSections(page, request)).saved
    if (!first) throw new Error('sections')

    // Remove, then on to "Remove all…" before the next frame: a busy machine
    // (or a quick keyboard) gets there before the removal's own focus move.
    const removeAll = page.getByRole('button', { name: 'Remove all…' })
    await page
      .getByRole('button', { name: `Remove bookmark “${first.title}”, section ${first.number}` })
      .evaluate((remove) => {
        ;(remove as HTMLElement).click()
        for (const button of document.querySelectorAll<HTMLElement>('button')) {
          if (button.textContent === 'Remove all…') button.focus()
        }
      })
    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()
    // Two frames later the focus is still where it was moved.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    await expect(removeAll).toBeFocused()
  })

  test('export and import round trip, without duplicates', async ({ page, request }, testInfo) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const saved = [episode.section('4'), episode.section('7.2')]
    await episode.toggle(episode.section('7')).click()
    for (const section of saved) await episode.bookmark(section).click()

    await openBookmarks(page)
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export your data' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^digest-reader-data-\d{4}-\d{2}-\d{2}\.json$/)
    const file = testInfo.outputPath('bookmarks.json')
    await download.saveAs(file)
    const exported = JSON.parse(await readFile(file, 'utf8'))
    expect(exported.version).toBe(1)
    expect(exported.bookmarks.map((b: { sectionId: string }) => b.sectionId)).toEqual(
      saved.map((section) => section.id),
    )

    await page.getByRole('button', { name: 'Remove all…' }).click()
    await page.getByRole('button', { name: 'Yes, remove all' }).click()
    await expect(page.getByText('No bookmarks yet')).toBeVisible()

    await page.getByLabel('Import data').setInputFiles(file)
    await expect(
      page.getByRole('status').filter({ hasText: 'Added 2 bookmarks, skipped 0 already saved.' }),
    ).toBeVisible()
    for (const section of saved) {
      await expect(page.getByRole('link', { name: new RegExp(`${section.title}$`) })).toBeVisible()
    }

    await page.getByLabel('Import data').setInputFiles(file)
    await expect(
      page.getByRole('status').filter({ hasText: 'Added 0 bookmarks, skipped 2 already saved.' }),
    ).toBeVisible()

    await page.getByLabel('Import data').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    })
    await expect(
      page.getByRole('status').filter({
        hasText: 'Nothing imported from notes.json: This file is not a Digest Reader export.',
      }),
    ).toBeVisible()
  })

  test('a second tab sees bookmarks change without reloading', async ({
    page,
    context,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const other = await context.newPage()
    const otherEpisode = new EpisodePage(other, episode.digest, episode.episode)
    await otherEpisode.goto()
    const list = await context.newPage()
    await openBookmarks(list)

    const section = episode.section('5')
    await episode.bookmark(section).click()
    await expect(otherEpisode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')
    await expect(list.getByRole('link', { name: `5. ${section.title}` })).toBeVisible()

    await otherEpisode.bookmark(section).click()
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'false')
    await expect(list.getByText('No bookmarks yet')).toBeVisible()
  })

  test('a bookmark removed in another tab while focused here hands focus to the next row', async ({
    page,
    context,
    request,
  }) => {
    const [, second, third] = (await bookmarkThreeSections(page, request)).saved
    if (!second || !third) throw new Error('sections')
    const removeName = (section: typeof second) =>
      `Remove bookmark “${section.title}”, section ${section.number}`
    await page.getByRole('button', { name: removeName(second) }).focus()

    const other = await context.newPage()
    await openBookmarks(other)
    await other.getByRole('button', { name: removeName(second) }).click()

    await expect(page.getByText('2 sections saved in this browser.')).toBeVisible()
    // Not dropped to the top of the page: a keyboard reader goes on from where they were.
    await expect(page.getByRole('button', { name: removeName(third) })).toBeFocused()
  })

  test('a bookmark whose section left the digest is shown as such, not dropped', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const record = {
      version: 1,
      bookmarks: [
        {
          date: episode.digest.date,
          episodeSlug: episode.episode.slug,
          sectionId: 'a-section-that-was-renamed',
          digestTitle: episode.digest.title,
          episodeTitle: episode.episode.title,
          podcast: episode.episode.podcast,
          sectionTitle: 'A Section That Was Renamed',
          sectionNumber: '11',
          savedAt: '2025-02-03T20:00:00.000Z',
        },
      ],
    }
    await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify(record))
    await openBookmarks(page)
    await expect(page.getByText('11. A Section That Was Renamed')).toBeVisible()
    await expect(page.getByText('This section is no longer in the digest')).toBeVisible()
    await page
      .getByRole('button', { name: 'Remove bookmark “A Section That Was Renamed”, section 11' })
      .click()
    await expect(page.getByText('No bookmarks yet')).toBeVisible()
  })

  test('a bookmark into a digest or episode that is gone says which, and links to no “not found” page', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const saved = {
      digestTitle: 'A digest',
      podcast: episode.episode.podcast,
      sectionNumber: '2',
      savedAt: '2025-02-03T20:00:00.000Z',
    }
    const record = {
      version: 1,
      bookmarks: [
        // A day whose digest is no longer published.
        {
          ...saved,
          date: '2025-01-15',
          episodeSlug: 'an-old-episode',
          sectionId: 'old-section',
          episodeTitle: 'An Old Episode',
          sectionTitle: 'Old Section',
        },
        // An episode the digest republished under another address: its title finds it.
        {
          ...saved,
          date: episode.digest.date,
          episodeSlug: 'an-address-it-had-before',
          sectionId: 'a-section',
          episodeTitle: episode.episode.title,
          sectionTitle: 'A Section',
        },
      ],
    }
    await seedStorageOnce(page, BOOKMARKS_KEY, JSON.stringify(record))
    await openBookmarks(page)
    const gone = page.getByRole('region', { name: 'January 15, 2025' })
    await expect(gone.getByText('This digest is no longer published.').first()).toBeVisible()
    await expect(gone.getByText('This section is no longer in the digest')).toHaveCount(0)
    await expect(gone.getByRole('link', { name: 'January 15, 2025' })).toHaveAttribute(
      'href',
      '/digests',
    )
    await expect(gone.getByRole('link', { name: 'An Old Episode' })).toHaveAttribute(
      'href',
      '/search?q=An%20Old%20Episode',
    )
    await expect(gone.getByRole('link', { name: 'Search for “Old Section”' })).toBeVisible()

    const moved = page.getByRole('region', { name: 'February 3, 2025' })
    await expect(moved.getByText('This episode is no longer in the digest.').first()).toBeVisible()
    await moved.getByRole('link', { name: episode.episode.title }).click()
    await expect(page).toHaveURL(/\/search\?q=/)
    await expect(
      page.getByRole('main').getByRole('link', { name: episode.episode.title }).first(),
    ).toBeVisible()
  })

  test('a year of bookmarks shows its newest 20 days, asking only for their digests', async ({
    page,
  }) => {
    // A bookmark a day through January and into February 2025.
    const bookmarks = Array.from({ length: 30 }, (_, i) => {
      const date = new Date(Date.UTC(2025, 0, 31 - i)).toISOString().slice(0, 10)
      return {
        date,
        episodeSlug: 'an-episode',
        sectionId: 'a-section',
        digestTitle: `Digest of ${date}`,
        episodeTitle: `Episode of ${date}`,
        podcast: 'All-In Podcast',
        sectionTitle: `Section of ${date}`,
        sectionNumber: '1',
        savedAt: `${date}T20:00:00.000Z`,
      }
    })
    await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
      key: BOOKMARKS_KEY,
      value: JSON.stringify({ version: 1, bookmarks }),
    })
    const asked = new Set<string>()
    page.on('request', (request) => {
      const date = request.url().match(/\/data\/digests\/(\d{4}-\d{2}-\d{2})\.json/)?.[1]
      if (date) asked.add(date)
    })
    await openBookmarks(page)
    await expect(page.getByText('30 sections saved in this browser.')).toBeVisible()
    const days = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(days).toHaveCount(20)
    await expect(days.first()).toHaveText('January 31, 2025')
    await expect.poll(() => asked.size).toBe(20)

    await page.getByRole('button', { name: 'Show older bookmarks (10 more)' }).click()
    await expect(days).toHaveCount(30)
    // Focus moves to the first day added.
    await expect(page.getByRole('link', { name: 'January 11, 2025' })).toBeFocused()
    await expect.poll(() => asked.size).toBe(30)
    await expect(page.getByRole('button', { name: /Show older bookmarks/ })).toHaveCount(0)
  })

  test('corrupt stored data is set aside with a notice, and nothing crashes', async ({
    page,
    request,
  }) => {
    const corrupt = '{"version":1,"bookmarks":[{"date":"yester'
    await seedStorageOnce(page, BOOKMARKS_KEY, corrupt)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    // The episode page works with it (nothing bookmarked)...
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('1')
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'false')
    await episode.bookmark(section).click()
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')

    // ...and the bookmarks page explains what happened and offers the data.
    await openBookmarks(page)
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
    await expect(notice).toBeVisible()
    await expect(page.getByRole('link', { name: `1. ${section.title}` })).toBeVisible()

    const downloading = page.waitForEvent('download')
    await notice.getByRole('button', { name: 'Download unreadable data' }).click()
    const download = await downloading
    expect(await readFile(await download.path(), 'utf8')).toBe(corrupt)

    const keys = await page.evaluate(() => Object.keys(localStorage))
    expect(keys.some((key) => key.startsWith('digest-reader:bookmarks:corrupt:'))).toBe(true)

    await page.reload()
    await expect(notice).toBeVisible()
    await notice.getByRole('button', { name: 'Discard it' }).click()
    await expect(notice).toBeHidden()
    expect(errors).toEqual([])
  })

  test('discarding unreadable data keeps focus: on the next Discard, then on the heading', async ({
    page,
  }) => {
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return
      localStorage.setItem(`${key}:corrupt:1738612800000`, '{"broken')
      localStorage.setItem(`${key}:corrupt:1738699200000`, '{"also broken')
      sessionStorage.setItem('seeded', '1')
    }, BOOKMARKS_KEY)
    await openBookmarks(page)
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
    const discard = notice.getByRole('button', { name: 'Discard it' })
    await expect(discard).toHaveCount(2)

    await discard.first().focus()
    await page.keyboard.press('Enter')
    await expect(discard).toHaveCount(1)
    await expect(discard).toBeFocused()
    // The last one takes the notice away with the button that had focus.
    await page.keyboard.press('Enter')
    await expect(notice).toBeHidden()
    await expect(bookmarksHeading(page)).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: 'Discarded' })).toHaveText(
      'Discarded the unreadable data.',
    )
  })

  test('with localStorage blocked, bookmarks work for the session and a notice says so', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('3')
    await episode.bookmark(section).click()
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'true')
    await expect(
      page
        .getByRole('note', { name: 'Not saved in this browser' })
        .getByText(/not letting Digest Reader save anything/),
    ).toBeVisible()
  })

  test('with storage full, changes stay in memory and what was stored is kept', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const kept = episode.section('1')
    await episode.goto()
    await episode.bookmark(kept).click()
    const stored = await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)

    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.reload()
    await expect(episode.bookmark(kept)).toHaveAttribute('aria-pressed', 'true')
    const added = episode.section('2')
    await episode.bookmark(added).click()
    await expect(episode.bookmark(added)).toHaveAttribute('aria-pressed', 'true')
    await expect(
      page
        .getByRole('note', { name: 'Not saved in this browser' })
        .getByText(/Browser storage is full/),
    ).toBeVisible()
    // Said, not only shown: the confirmation alone would say it was kept.
    await expect(episode.announcement(/Browser storage is full/)).toBeVisible()
    expect(await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)).toBe(stored)
  })

  test("its heading is set like the other listing pages' headings", async ({ page }) => {
    const style = async () =>
      page.getByRole('heading', { level: 1 }).evaluate((h1) => {
        const { fontFamily, fontSize, fontWeight } = getComputedStyle(h1)
        return { fontFamily, fontSize, fontWeight }
      })
    await page.goto('/search')
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    const search = await style()
    await page.goto('/digests')
    await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
    expect(await style()).toEqual(search)
    await openBookmarks(page)
    expect(await style()).toEqual(search)
  })

  test('has no detectable accessibility violations', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await episode.bookmark(episode.section('2')).click()
    await openBookmarks(page)
    await page.getByRole('button', { name: 'Remove all…' }).click()
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze()
    expect(results.violations).toEqual([])
  })
})

test.describe('bookmarks page screenshots', () => {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width}px ${scheme}`, async ({ page, request }) => {
        await page.setViewportSize({ width, height: 900 })
        await page.emulateMedia({ colorScheme: scheme })
        const first = await EpisodePage.create(page, request, 0)
        await first.goto()
        await first.toggle(first.section('7')).click()
        for (const number of ['2', '7', '7.1', '9'])
          await first.bookmark(first.section(number)).click()
        const second = await EpisodePage.create(page, request, 1)
        await second.goto()
        for (const number of ['3', '6']) await second.bookmark(second.section(number)).click()
        // One bookmark whose section is gone, and one damaged record set aside.
        await page.evaluate(
          ({ key }) => {
            const record = JSON.parse(localStorage.getItem(key) ?? '{}')
            record.bookmarks.push({
              ...record.bookmarks[0],
              sectionId: 'a-renamed-section',
              sectionTitle: 'A Section That Was Renamed Since',
              sectionNumber: '11',
            })
            localStorage.setItem(key, JSON.stringify(record))
            localStorage.setItem(`${key}:corrupt:1738612800000`, '{"broken')
          },
          { key: BOOKMARKS_KEY },
        )
        await openBookmarks(page)
        await expect(page.getByText('This section is no longer in the digest')).toBeVisible()
        if (SAVE_SCREENSHOTS)
          await page.screenshot({
            path: `screenshots/bookmarks-${width}-${scheme}.png`,
            fullPage: true,
          })
      })
    }
  }
})
