import { expect, type Locator, type Page, test } from '@playwright/test'
import { formatMonth } from '../src/lib/format-month'
import { delayScripts } from './support/delay-scripts'
import { serveAppShell } from './support/pages'
import { scaleBaseURL } from './support/scale-site'

// A prerendered page is made unfiltered, and served for every address of its
// path: opened with a filter in its address (`/?podcast=`, `/digests?podcast=`,
// `/podcasts/<slug>?year=`), its HTML listed rows the reader had not asked
// for, and could click, until the app had run and filtered them (about a
// second at 4x CPU). public/theme-init.js hides those rows, saying
// "Loading…", until the app has taken the page over.

const ALL_IN_EPISODE = '/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out'
const CHRIS_EPISODE =
  '/digests/2025-02-03/men-arent-seen-as-having-problems-but-as-being-the-problem'

/**
 * Looks at every frame, from the first, for a visible link in the filtered
 * list whose address `wrong` matches: a row the address did not ask for.
 */
async function watchFrames(page: Page, wrong: RegExp) {
  await page.addInitScript((source) => {
    const pattern = new RegExp(source)
    const seen = { before: 0, wrong: [] as string[] }
    Object.assign(window, { filterFrames: seen })
    const look = () => {
      if (!('appReady' in document.documentElement.dataset)) seen.before++
      for (const link of document.querySelectorAll('[data-filtered-list] a[href]')) {
        const href = link.getAttribute('href') ?? ''
        if (pattern.test(href) && link.checkVisibility()) seen.wrong.push(href)
      }
      requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  }, wrong.source)
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { filterFrames: { before: number; wrong: string[] } }).filterFrames,
    )
}

/** What the filtered list says in place of its rows (a `::before`), '' when nothing. */
function loadingLine(page: Page) {
  return page
    .locator('[data-filtered-list]')
    .evaluate((list) => getComputedStyle(list, '::before').content.replace(/^none$|"/g, ''))
}

interface FilteredLoad {
  /** What the page's h1 says (checked visible before the app runs). */
  heading?: string
  /** A link address no row may have, in any frame, until the app has filtered the rows. */
  wrong: RegExp
  /** Rows of the HTML the address does not ask for: there, but hidden, before the app runs. */
  unasked: string
  /** Rows the app shows once it runs. */
  asked: string
  /** The control the address sets, by its label, and what it shows once the app runs. */
  choice: { label: string; shows: RegExp }
  /** A control of the page the address does not have (by its label): not shown before the app either. */
  gone?: string
}

/**
 * What a select shows a reader: its chosen option's text, or '' when that
 * text is not painted (transparent, or the select hidden).
 */
function shownChoice(select: Locator) {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element)
    const painted = style.visibility === 'visible' && !/, 0\)$/.test(style.color)
    return painted ? (element.selectedOptions[0]?.text ?? '') : ''
  })
}

/**
 * Opens `path` with the app's scripts held back and checks what the reader
 * sees while it is not running (the unasked rows hidden, "Loading…" in their
 * place, the control the address sets showing no value: not "All podcasts")
 * and once it is (the asked rows, no "Loading…", the control's value), and
 * that no frame in between showed a wrong row.
 */
async function expectFilteredFromTheFirstFrame(page: Page, path: string, load: FilteredLoad) {
  await delayScripts(page, 2_500)
  const frames = await watchFrames(page, load.wrong)
  await page.goto(path)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: load.heading })).toBeVisible()
  expect(await page.locator('html[data-app-ready]').count()).toBe(0)
  const unasked = main.locator(`[data-filtered-list] ${load.unasked}`)
  await expect(unasked.first()).toBeAttached()
  await expect(unasked.first()).toBeHidden()
  expect(await loadingLine(page)).toBe('Loading…')
  const choice = main.getByLabel(load.choice.label)
  expect(await shownChoice(choice)).toBe('')
  if (load.gone) await expect(main.getByLabel(load.gone)).toBeHidden()

  await expect(page.locator('html[data-app-ready]')).toBeAttached({ timeout: 20_000 })
  await expect(main.locator(load.asked).first()).toBeVisible({ timeout: 20_000 })
  expect(await loadingLine(page)).toBe('')
  expect(await shownChoice(choice)).toMatch(load.choice.shows)
  const seen = await frames()
  expect(seen.before).toBeGreaterThan(0)
  expect(seen.wrong).toEqual([])
}

for (const { path, gone } of [
  { path: '/?podcast=chris-williamson' },
  { path: '/digests/2025-02-03?podcast=chris-williamson' },
  // One podcast's archive is a single list, without the month jump.
  { path: '/digests?podcast=chris-williamson', gone: 'Jump to month' },
]) {
  test(`${path} shows no other podcast's rows before the app has filtered them, in any frame`, async ({
    page,
  }) => {
    await expectFilteredFromTheFirstFrame(page, path, {
      wrong: /ai-czar-david-sacks/,
      unasked: `a[href="${ALL_IN_EPISODE}"]`,
      asked: `a[href="${CHRIS_EPISODE}"]`,
      choice: { label: 'Filter by podcast', shows: /^Chris Williamson$/ },
      gone,
    })
  })
}

for (const path of ['/?podcast=', '/?podcast=Not%20A%20Slug', '/?unread=0', '/?year=2024']) {
  test(`${path} reads as unfiltered: the rows show from the HTML, before the app runs`, async ({
    page,
  }) => {
    await delayScripts(page, 2_500)
    await page.goto(path)
    await expect(page.getByRole('main').locator(`a[href="${ALL_IN_EPISODE}"]`)).toBeVisible()
    expect(await shownChoice(page.getByRole('main').getByLabel('Filter by podcast'))).toBe(
      'All podcasts',
    )
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
  })
}

test('an app that never runs does not leave the filtered list empty', async ({ page }) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort())
  await page.goto('/?podcast=chris-williamson')
  await expect(page.getByRole('main').locator(`a[href="${ALL_IN_EPISODE}"]`)).toBeHidden()
  await expect(page.getByRole('main').locator(`a[href="${ALL_IN_EPISODE}"]`)).toBeVisible({
    timeout: 15_000,
  })
})

test.describe('a 1,000-digest archive', () => {
  test.use({ baseURL: scaleBaseURL })

  async function years(page: Page): Promise<string[]> {
    const response = await page.request.get('/data/podcasts/all-in-podcast.json')
    const file = (await response.json()) as { episodes: { date: string }[] }
    return [...new Set(file.episodes.map((episode) => episode.date.slice(0, 4)))]
  }

  test('?year= shows none of the other years’ rows before the app has filtered them, in any frame', async ({
    page,
  }) => {
    const [newest, older] = await years(page)
    if (!newest || !older) throw new Error('All-In Podcast has one year of episodes in its file')
    await expectFilteredFromTheFirstFrame(page, `/podcasts/all-in-podcast?year=${older}`, {
      heading: 'All-In Podcast',
      wrong: new RegExp(`^/digests/(?!${older}-)`),
      unasked: `a[href^="/digests/${newest}-"]`,
      asked: `a[href^="/digests/${older}-"]`,
      choice: { label: 'Filter by year', shows: new RegExp(`^${older} \\(`) },
    })
  })

  test('“See them in the archive” followed before the app runs keeps the year', async ({
    page,
  }) => {
    const [, older] = await years(page)
    if (!older) throw new Error('All-In Podcast has one year of episodes in its file')
    await delayScripts(page, 5_000)
    await page.goto(`/podcasts/all-in-podcast?year=${older}`)
    await page.getByRole('link', { name: 'See them in the archive' }).click()
    await expect(page).toHaveURL(`/digests?podcast=all-in-podcast&year=${older}`)
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
    // The archive's own scripts are held back too.
    await expect(page.getByLabel('Filter by year')).toHaveValue(older, { timeout: 15_000 })
  })

  test('a year the podcast does not have reads as every year: the rows show from the HTML', async ({
    page,
  }) => {
    await delayScripts(page, 2_500)
    await page.goto('/podcasts/all-in-podcast?year=1990')
    await expect(page.locator('[data-filtered-list] a[href^="/digests/"]').first()).toBeVisible()
    expect(await shownChoice(page.getByLabel('Filter by year'))).toBe('All years')
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
  })

  test('the archive from an older month shows none of the newest month’s days before the app has moved there', async ({
    page,
  }) => {
    const index = (await (await page.request.get('/data/index.json')).json()) as {
      months: { month: string }[]
    }
    const newest = index.months[0]?.month
    const older = index.months[4]?.month
    if (!newest || !older) throw new Error('the archive has fewer than five months')
    await expectFilteredFromTheFirstFrame(page, `/digests?from=${older}`, {
      heading: 'Archive',
      wrong: new RegExp(`^/digests/${newest}-`),
      unasked: `a[href^="/digests/${newest}-"]`,
      asked: `a[href^="/digests/${older}-"]`,
      choice: { label: 'Jump to month', shows: new RegExp(`^${formatMonth(older)} \\(`) },
    })

    // The newest month is what the page was made with: nothing to hide.
    await page.goto(`/digests?from=${newest}`)
    await expect(
      page.getByRole('main').locator(`a[href^="/digests/${newest}-"]`).first(),
    ).toBeVisible()
    expect(await page.locator('html[data-app-ready]').count()).toBe(0)
  })
})

test('?unread=1 shows no episode the reader has read, in any frame, while the read marks load', async ({
  page,
}) => {
  await page.goto(ALL_IN_EPISODE)
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await page.getByRole('button', { name: 'Mark as read' }).click()
  await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await delayScripts(page, 1_500)
  const frames = await watchFrames(page, /ai-czar-david-sacks/)
  await page.goto('/?unread=1')
  // Unticked, as the page was made, the box would say the opposite of the address.
  const box = page.getByRole('main').getByLabel('Unread only')
  await expect(box).toBeAttached()
  expect(await page.locator('html[data-app-ready]').count()).toBe(0)
  await expect(box).toBeHidden()
  await expect(page.locator('html[data-app-ready]')).toBeAttached({ timeout: 20_000 })
  await expect(box).toBeVisible()
  await expect(box).toBeChecked()
  await expect(page.getByRole('main').locator(`a[href="${CHRIS_EPISODE}"]`)).toBeVisible()
  await page.waitForTimeout(500)
  const seen = await frames()
  expect(seen.before).toBeGreaterThan(0)
  expect(seen.wrong).toEqual([])
})

test('?unread=1 on a page the app renders shows no episode the reader has read while the read marks load', async ({
  page,
}) => {
  await page.goto(ALL_IN_EPISODE)
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  await page.getByRole('button', { name: 'Mark as read' }).click()
  await expect(page.getByRole('button', { name: 'Mark as read' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await serveAppShell(page)
  // The reading-state store is loaded on first use: held back, as a slow network would.
  await page.route(/\/assets\/reading-state-store-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await route.continue()
  })
  const frames = await watchFrames(page, /ai-czar-david-sacks/)
  await page.goto('/?unread=1')
  await expect(page.getByRole('main').locator(`a[href="${CHRIS_EPISODE}"]`)).toBeVisible()
  await page.waitForTimeout(300)
  expect((await frames()).wrong).toEqual([])
})
