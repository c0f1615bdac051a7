import { expect, type Page, test } from '@playwright/test'
import type { MonthFile, SiteIndex } from '../src/schema/site-index'
import { addOlderDigest, OLDER, SEED, showOlderMonth } from './support/older-digest'
import { captureAtWidths, expectNoSeriousViolations, THEMES } from './support/page-checks'
import { scaleBaseURL } from './support/scale-site'

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
  await showOlderMonth(page, page.getByRole('heading', { level: 3, name: OLDER.title }))
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
  // Written as version 1 did (every date in full): an offline copy may still be one.
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
  await expect(page.getByText('3,000 digests, newest first')).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2025-02-25' })).toBeVisible()

  // Scrolling to the end loads older months (each once the one before has
  // arrived), up to a window of three.
  const older = page.getByRole('link', { name: 'Older digests →' })
  await expect(async () => {
    await page.keyboard.press('End')
    await expect(older).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  // The link can show while the third month is still arriving, even before
  // it was asked for: wait for its rows, then count the requests.
  await expect(page.getByRole('article')).toHaveCount(75)
  expect(new Set(requested)).toEqual(new Set(monthNames.slice(0, 3)))

  // The next window has its own address and still holds at most three months.
  await older.click()
  await expect(page).toHaveURL(/\/digests\?from=2024-11$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2024-11-25' })).toBeVisible()
  await expect(page.getByRole('link', { name: '← Newer digests' })).toBeVisible()
  // The reader is taken to the top of the new window, focus with them.
  await expect(page.getByRole('heading', { level: 2, name: 'November 2024' })).toBeFocused()
  const rows = await page.locator('main li').count()
  expect(rows).toBeLessThan(400)

  // Back returns to the first window.
  await page.goBack()
  await expect(page).toHaveURL(/\/digests$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2025-02-25' })).toBeVisible()
})

test('without IntersectionObserver, Show older digests adds a month and moves focus to it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'IntersectionObserver')
  })
  await serveLongArchive(page, 5)
  await page.goto('/digests')
  await expect(page.getByRole('heading', { level: 2, name: 'February 2025' })).toBeVisible()
  const more = page.getByRole('button', { name: 'Show older digests' })
  // Nothing loads by scrolling alone here: only the button does.
  await page.keyboard.press('End')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['February 2025'])

  await more.focus()
  await page.keyboard.press('Enter')
  const january = page.getByRole('heading', { level: 2, name: 'January 2025' })
  await expect(january).toBeFocused()
  await expect(page.getByRole('heading', { level: 3, name: 'Digest of 2025-01-25' })).toBeVisible()
  // The next Tab continues from the month just revealed.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Digest of 2025-01-25' })).toBeFocused()
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
  const alert = page.getByRole('alert')
  await showOlderMonth(page, alert)
  await expect(alert).toContainText('January 2025 could not be loaded')
  await expect(alert).toContainText(`The server answered 500 for months/${OLDER.month}.json.`)
  await expect(page.getByRole('heading', { level: 3, name: SEED.title })).toBeVisible()
  broken = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 3, name: OLDER.title })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the digest title and each episode link to their pages', async ({ page }) => {
  await page.goto('/digests')
  const digest = page.getByRole('main').getByRole('article').filter({ hasText: SEED.title })
  // The title keeps its emoji on screen (hidden from screen readers, which have no name for them).
  await expect(digest.getByRole('heading', { level: 3 })).toHaveText(`${SEED.title} 🎙️🌍`)
  await expect(digest.getByText('Monday, February 3, 2025')).toBeVisible()
  const episodes = digest.getByRole('listitem')
  await expect(episodes).toHaveCount(2)
  await expect(episodes.nth(0)).toContainText('All-In Podcast')
  await expect(episodes.nth(1)).toContainText('Chris Williamson')

  await digest.getByRole('link', { name: SEED.title }).click()
  await expect(page).toHaveURL(/\/digests\/2025-02-03$/)
  await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()

  await page.goBack()
  await episodes
    .nth(0)
    .getByRole('link', { name: 'AI Czar David Sacks Explains the DeepSeek Freak Out' })
    .click()
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
    }),
  ).toBeVisible()
})

test('filtered by podcast, the archive lists that podcast’s digests by day', async ({ page }) => {
  await page.goto('/digests?podcast=chris-williamson')
  await expect(page).toHaveTitle('Archive: Chris Williamson · Digest Reader')
  const main = page.getByRole('main')
  await expect(main.getByText(/1 episode of Chris Williamson in 1 digest/)).toBeVisible()
  const day = main.getByRole('article')
  await expect(day).toHaveCount(1)
  // The day opens filtered as the archive is (e2e/filter.spec.ts).
  await expect(day.getByRole('link', { name: 'Monday, February 3, 2025' })).toHaveAttribute(
    'href',
    '/digests/2025-02-03?podcast=chris-williamson',
  )
  await expect(day.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ })).toBeVisible()
  await expect(day.getByRole('link', { name: /AI Czar David Sacks/ })).toHaveCount(0)
})

// A daily show's archive is hundreds of days, shown a month of days at a time:
// a year long ago was a long way down. Its years narrow it, as on its page.
test.describe('one podcast’s archive by year, on the 1,000-digest archive', () => {
  test.use({ baseURL: scaleBaseURL })

  test('a year is chosen, kept in the address, reloaded and undone with Back; a month of days at a time', async ({
    page,
  }) => {
    await page.goto('/digests?podcast=all-in-podcast')
    const main = page.getByRole('main')
    const year = main.getByRole('combobox', { name: 'Filter by year' })
    await expect(main.getByText(/575 episodes of All-In Podcast in 575 digests/)).toBeVisible()
    const older = await year.locator('option').nth(2).getAttribute('value')
    if (!older) throw new Error('All-In Podcast has fewer than two years')
    await year.focus()
    await year.selectOption(older)
    await expect(page).toHaveURL(new RegExp(`/digests\\?podcast=all-in-podcast&year=${older}$`))
    await expect(year).toBeFocused()
    await expect(
      main.getByText(new RegExp(`episodes of All-In Podcast in ${older}, newest first`)),
    ).toBeVisible()
    const days = main.getByRole('article')
    await expect(days).toHaveCount(30)
    const dates = await days
      .locator('a[href^="/digests/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(9, 13)))
    expect(new Set(dates)).toEqual(new Set([older]))
    await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(
      new RegExp(`^December ${older}$`, 'i'),
    )

    await page.reload()
    await expect(year).toHaveValue(older)
    await expect(days).toHaveCount(30)
    await page.goBack()
    await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast$/)
    await expect(year).toHaveValue('')
    await expect(main.getByText(/575 episodes of All-In Podcast in 575 digests/)).toBeVisible()
  })

  test('the podcast’s page and its archive lead to each other in the same year', async ({
    page,
  }) => {
    await page.goto('/podcasts/all-in-podcast?year=2024')
    // The prerendered page is made for every year: its link takes the year
    // once the app has read the address (a click before that, in a fresh-clone
    // run, led to the whole podcast's archive).
    const toArchive = page.getByRole('link', { name: 'See them in the archive' })
    await expect(toArchive).toHaveAttribute('href', '/digests?podcast=all-in-podcast&year=2024')
    await toArchive.click()
    await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast&year=2024$/)
    const main = page.getByRole('main')
    await expect(main.getByRole('combobox', { name: 'Filter by year' })).toHaveValue('2024')
    await main.getByRole('link', { name: 'All-In Podcast' }).click()
    await expect(page).toHaveURL(/\/podcasts\/all-in-podcast\?year=2024$/)
  })
})

test('a podcast the archive has never covered is said so, with a way back', async ({ page }) => {
  await page.goto('/digests?podcast=no-such-podcast')
  await expect(
    page.getByText('No digest has covered a podcast called “no-such-podcast”.'),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Show every digest' }).click()
  await expect(page).toHaveURL(/\/digests$/)
  await expect(page.getByRole('combobox', { name: 'Filter by podcast' })).toHaveValue('')
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText([
    new RegExp(SEED.title),
  ])
})

for (const theme of THEMES) {
  test(`the filtered archive (${theme}) has no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/digests?podcast=all-in-podcast')
    await expect(page.getByRole('link', { name: /AI Czar David Sacks/ })).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}

test('archive screenshots, all and filtered, at 390 and 1280 px, light and dark', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  await addOlderDigest(page, request)
  await captureAtWidths(page, 'archive-two-months', async () => {
    await page.goto('/digests')
    await showOlderMonth(page, page.getByRole('heading', { level: 3, name: OLDER.title }))
  })
  await captureAtWidths(page, 'archive-filtered', async () => {
    await page.goto('/digests?podcast=all-in-podcast')
    await expect(page.getByRole('link', { name: OLDER.allIn.title })).toBeVisible()
  })
})

// Back from a digest must bring the reader to the same months at the same
// place, as the exploratory test of the 1,000-digest build found it did not:
// the months shown were the page's own state, lost when it went, and the
// browser put the scroll back on a page that was not that tall yet.
test.describe('back from a digest, on the 1,000-digest archive', () => {
  test.use({ baseURL: scaleBaseURL, viewport: { width: 1280, height: 800 } })
  for (const { start, months } of [
    { start: '/digests', months: ['November 2026', 'October 2026', 'September 2026'] },
    { start: '/digests?from=2024-05', months: ['May 2024', 'April 2024', 'March 2024'] },
  ]) {
    test(`${start}: the same months, at the same place`, async ({ page }) => {
      await page.goto(start)
      await expect(page.locator('html[data-app-ready]')).toBeAttached()
      const headings = page.getByRole('main').getByRole('heading', { level: 2 })
      for (const month of months.slice(1)) {
        await showOlderMonth(page, page.getByRole('heading', { level: 2, name: month }))
      }
      await expect(headings).toHaveText(months)
      // A day card in the third month, scrolled to the middle of the window.
      const last = page.getByRole('main').getByRole('region', { name: months[2] })
      const day = last
        .getByRole('article')
        .nth(5)
        .getByRole('heading', { level: 3 })
        .getByRole('link')
      await day.evaluate((link) => link.scrollIntoView({ block: 'center' }))
      const title = await day.textContent()
      const place = await page.evaluate(() => window.scrollY)
      expect(place).toBeGreaterThan(10_000)
      await day.click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

      await page.goBack()
      await expect(headings).toHaveText(months)
      // The same card, where it was.
      await expect(day).toHaveText(title ?? '')
      await expect(day).toBeInViewport()
      await expect
        .poll(() => page.evaluate(() => Math.round(window.scrollY)))
        .toBe(Math.round(place))
    })
  }

  test('/digests?podcast=: the same days, at the same place', async ({ page }) => {
    await page.goto('/digests?podcast=all-in-podcast')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    const days = page.getByRole('main').getByRole('article')
    await expect(days).toHaveCount(30)
    // Older days load as the end of the list comes near.
    await expect(async () => {
      await page.keyboard.press('End')
      expect(await days.count()).toBeGreaterThan(45)
    }).toPass({ timeout: 20_000 })
    const day = days.nth(40).getByRole('heading', { level: 3 }).getByRole('link')
    await day.evaluate((link) => link.scrollIntoView({ block: 'center' }))
    // A load the End key started may still land (the podcast has hundreds of
    // days): the reader leaves once the list has stopped growing.
    let shown = await days.count()
    await expect(async () => {
      const before = shown
      shown = await days.count()
      expect(shown).toBe(before)
    }).toPass({ intervals: [500] })
    const title = await day.textContent()
    await day.click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await page.goBack()
    // Before, Back showed the first 30 days, and the place was lost.
    await expect(days).toHaveCount(shown)
    await expect(day).toHaveText(title ?? '')
    await expect(day).toBeInViewport()
  })

  test('a new visit to the archive starts again at its newest month', async ({ page }) => {
    await page.goto('/digests')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await showOlderMonth(page, page.getByRole('heading', { level: 2, name: 'October 2026' }))
    await page
      .getByRole('main')
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link')
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('banner').getByRole('link', { name: 'Archive' }).click()
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'November 2026',
    ])
  })

  // The prerendered archive shows the newest month: on ?from= or ?podcast=
  // the app started fetching its file as it took the page over, then aborted
  // it for what the address asks for (net::ERR_ABORTED, a wasted request).
  for (const { start, shown, wanted } of [
    { start: '/digests?from=2024-05', shown: 'May 2024', wanted: ['2024-05'] },
    { start: '/digests?podcast=all-in-podcast', shown: /episodes? of All-In Podcast/, wanted: [] },
  ]) {
    test(`${start} asks for no month file it does not show`, async ({ page }) => {
      const months: string[] = []
      const aborted: string[] = []
      page.on('request', (request) => {
        const month = request.url().match(/\/data\/months\/([\d-]+)\.json$/)?.[1]
        if (month) months.push(month)
      })
      page.on('requestfailed', (request) => aborted.push(request.url()))
      await page.goto(start)
      await expect(page.locator('html[data-app-ready]')).toBeAttached()
      // Exact: the month list's option reads "May 2024 (31)".
      await expect(page.getByRole('main').getByText(shown, { exact: true }).first()).toBeVisible()
      await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
      expect(aborted).toEqual([])
      expect(months).toEqual(wanted)
    })
  }
})
