import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { stepDepths, stepsToEnd } from '../src/features/search/shard-steps'
import type { SearchManifest } from '../src/schema/search'
import { EpisodePage } from './support/episode-page'
import { SAVE_SCREENSHOTS } from './support/page-checks'
import { scaleBaseURL } from './support/scale-site'

// Full-text search as a reader uses it: typing in the field, typos, quoted
// phrases, following a result to its section, sharing and reloading the
// address, the podcast filter, and the keyboard shortcuts.

// The service worker precaches every chunk after the first visit; blocked
// here so what a page itself downloads can be checked.
test.use({ serviceWorkers: 'block' })

const POST_PATH =
  '/commentary/more-on-why-tariffs-wont-work-and-why-us-consumers-will-be-financially-repressed'

function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Search digests and commentary' })
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem')
}

/** The live region with the count ("5 results for “DeepSeek”"); other status regions may exist. */
function status(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text })
}

async function openSearch(page: Page) {
  await page.goto('/search')
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(searchField(page)).toBeFocused()
}

test.describe('search', () => {
  test('typing finds DeepSeek, with the matched words marked and an accessible count', async ({
    page,
  }) => {
    await openSearch(page)
    await searchField(page).pressSequentially('DeepSeek', { delay: 30 })
    await expect(status(page, /^\d+ results for “DeepSeek”$/)).toBeVisible()
    await expect(page).toHaveURL(/\/search\?q=DeepSeek$/)
    const first = results(page).first()
    // A section hit comes first, and says where it is.
    await expect(first.getByText('Section 9', { exact: true })).toBeVisible()
    await expect(first.getByText('February 3, 2025')).toBeVisible()
    await expect(first.getByText('All-In Podcast')).toBeVisible()
    await expect(
      first.getByText('AI Czar David Sacks Explains the DeepSeek Freak Out'),
    ).toBeVisible()
    await expect(first.locator('mark').first()).toHaveText(/Deep ?Seek/)
    await expect(results(page).getByRole('link', { name: /More on why tariffs/ })).toBeVisible()
  })

  test("the shards are read on a worker thread, not the page's own", async ({ page }) => {
    // Reading a shard (parse, checks, packing) took the page's thread 50-100 ms
    // a shard; over the whole 10,000-digest archive, tens of seconds.
    const worker = page.waitForEvent('worker')
    await page.goto('/search?q=DeepSeek')
    expect((await worker).url()).toMatch(/\/assets\/shard-worker-[\w-]+\.js$/)
    await expect(status(page, /^\d+ results for “DeepSeek”$/)).toBeVisible()
  })

  for (const typo of ['Deap Seek', 'DeepSeak']) {
    test(`a typo ("${typo}") still finds the DeepSeek sections`, async ({ page }) => {
      await openSearch(page)
      await searchField(page).fill(typo)
      await expect(status(page, new RegExp(`results for “${typo}”`))).toBeVisible()
      await expect(
        results(page).getByRole('link', { name: /Deep Dive into Deep Seek's Strategy/ }),
      ).toBeVisible()
    })
  }

  test('a quoted phrase finds exactly the section that contains it', async ({ page }) => {
    await openSearch(page)
    await searchField(page).fill('"trillion-dollar decline"')
    await expect(status(page, '1 result for “trillion-dollar decline”')).toBeVisible()
    await expect(results(page)).toHaveCount(1)
    const only = results(page).first()
    await expect(only.getByRole('link')).toHaveAccessibleName(/2\. The Explosive Model Release/)
    await expect(only.locator('mark')).toHaveText(['trillion-dollar decline'])
  })

  test('a phrase typed without an apostrophe finds the words written with one', async ({
    page,
  }) => {
    // The post says "doesn’t matter"; the index reads "doesn’t" as "doesnt",
    // so the words alone were found and the quoted phrase was not.
    await openSearch(page)
    await searchField(page).fill('"doesnt matter"')
    await expect(status(page, '1 result for “doesnt matter”')).toBeVisible()
    await expect(results(page).first().locator('mark')).toHaveText(['doesn’t matter'])
  })

  test('a phrase being typed marks where it stands, not every word its last letters begin', async ({
    page,
  }) => {
    await openSearch(page)
    await searchField(page).fill('"deep se')
    const section = results(page).filter({
      has: page.getByRole('link', { name: /Deep Dive into Deep Seek's Strategy/ }),
    })
    await expect(section.locator('mark')).toHaveText(["Deep Seek's", "Deep Seek's"])
  })

  test('a query with no word in it (an emoji) says so instead of showing nothing', async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent('🚀')}`)
    await expect(
      status(page, '“🚀” has no words to search for. Search finds words and numbers.'),
    ).toBeVisible()
  })

  test('a result opens its section expanded and in view', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('2')
    await openSearch(page)
    await searchField(page).fill('"trillion-dollar decline"')
    await results(page).first().getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`${episode.path}#${target.id}$`))
    await expect(episode.title).toBeVisible()
    await episode.expectOpenInView(target)
  })

  test('the address is shareable and survives a reload, with the podcast filter', async ({
    page,
  }) => {
    await page.goto('/search?q=challenges')
    await expect(searchField(page)).toHaveValue('challenges')
    await expect(status(page, '8 results for “challenges”')).toBeVisible()
    await expect(results(page).filter({ hasText: 'All-In Podcast' }).first()).toBeVisible()

    // The shared podcast filter narrows the results and goes into the address.
    await page.getByLabel('Filter by podcast').selectOption({ label: 'Chris Williamson' })
    await expect(page).toHaveURL(/[?&]podcast=chris-williamson/)
    await expect(status(page, /^\d+ results? for “challenges” in Chris Williamson$/)).toBeVisible()
    await expect(results(page).filter({ hasText: 'All-In Podcast' })).toHaveCount(0)
    const narrowed = await results(page).count()
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(8)

    await page.reload()
    await expect(searchField(page)).toHaveValue('challenges')
    await expect(page.getByLabel('Filter by podcast')).toHaveValue('chris-williamson')
    await expect(results(page)).toHaveCount(narrowed)
  })

  test('a quote in a commentary post finds the post', async ({ page }) => {
    await openSearch(page)
    await searchField(page).fill('Multi-head Latent Attention')
    await expect(status(page, '1 result for “Multi-head Latent Attention”')).toBeVisible()
    const link = results(page).getByRole('link', { name: /More on why tariffs/ })
    await expect(results(page).first().locator('mark')).toHaveText([
      'Multi-head',
      'Latent',
      'Attention',
    ])
    await link.click()
    await expect(page).toHaveURL(POST_PATH)
  })

  test('/ and Ctrl-K focus search from any page, but never while typing in a field', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/')
    // The overview is prerendered: its heading shows before the app listens for keys.
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    const header = searchField(page)
    await page.keyboard.press('/')
    await expect(header).toBeFocused()
    await expect(header).toHaveValue('')

    await page.locator('main').click({ position: { x: 5, y: 5 } })
    await expect(header).not.toBeFocused()
    await page.keyboard.press('Control+k')
    await expect(header).toBeFocused()

    // Typed in a field, "/" is a character, not a shortcut.
    await page.keyboard.type('1/2')
    await expect(header).toHaveValue('1/2')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=1%2F2$/)
    const field = searchField(page)
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('1/2')
  })

  test('on a phone, / opens the search page with its field focused', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/digests')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('/')
    await expect(page).toHaveURL(/\/search$/)
    await expect(searchField(page)).toBeFocused()
    // The header icon leads there too.
    await page.goto('/')
    await page.getByRole('link', { name: 'Search', exact: true }).click()
    await expect(searchField(page)).toBeFocused()
  })

  test('with the search index failing, the page never says "No results"; Try again searches', async ({
    page,
  }) => {
    const broken = { index: true }
    await page.route('**/data/search/index.json', (route) =>
      broken.index ? route.fulfill({ status: 500, body: 'down' }) : route.fallback(),
    )
    await page.goto('/search?q=DeepSeek')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The search index could not be loaded')
    // Nothing was searched: "No results" would tell the reader the archive has none.
    await expect(status(page, /No results/)).toHaveCount(0)
    await expect(
      status(page, 'Could not search for “DeepSeek”: the search index did not load.'),
    ).toBeVisible()

    broken.index = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(status(page, /^\d+ results for “DeepSeek”$/)).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('the overview downloads no search code or data; the search page loads them', async ({
    page,
  }) => {
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto('/')
    // The overview is prerendered: the app's requests come once it runs.
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await page.waitForLoadState('networkidle')
    // (The header's own small field is not search code: the page and the index are.)
    expect(requested.filter((path) => /\/data\/search\/|search-page/.test(path))).toEqual([])

    // From the header's field (desktop width) to the search page.
    await searchField(page).fill('DeepSeek')
    await searchField(page).press('Enter')
    await expect(status(page, /results for “DeepSeek”/)).toBeVisible()
    expect(requested).toContain('/data/search/index.json')
    expect(requested.some((path) => /^\/data\/search\/\d{4}-\d{2}\.json$/.test(path))).toBe(true)
  })

  test('focusing the header’s field fetches the search index while the query is typed', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    const shard = page.waitForRequest((request) =>
      /^\/data\/search\/\d{4}-\d{2}\.json$/.test(new URL(request.url()).pathname),
    )
    await searchField(page).focus()
    // Nothing typed, nothing submitted: the reader is only about to search.
    await shard
    await expect(page).toHaveURL('/')
    await searchField(page).fill('DeepSeek')
    await searchField(page).press('Enter')
    await expect(status(page, /results for “DeepSeek”/)).toBeVisible()
  })

  for (const theme of ['light', 'dark'] as const) {
    test(`search with results (${theme}) has no serious accessibility violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme })
      await page.goto('/search?q=DeepSeek')
      await expect(status(page, /results for “DeepSeek”/)).toBeVisible()
      const axe = await new AxeBuilder({ page }).analyze()
      const serious = axe.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      )
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }

  test('screenshots with results at phone and desktop widths, light and dark', async ({ page }) => {
    for (const { label, width, height } of [
      { label: 'phone', width: 390, height: 844 },
      { label: 'desktop', width: 1280, height: 900 },
    ]) {
      for (const theme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height })
        await page.emulateMedia({ colorScheme: theme })
        await page.goto('/search?q=DeepSeek')
        await expect(status(page, /results for “DeepSeek”/)).toBeVisible()
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `search at ${width}px scrolls sideways`).toBeLessThanOrEqual(0)
        if (SAVE_SCREENSHOTS)
          await page.screenshot({
            path: `screenshots/search-${label}-${theme}.png`,
            fullPage: true,
          })
      }
    }
  })

  test('a word found only by a close spelling says so, and names the word found', async ({
    page,
  }) => {
    await page.goto('/search?q=deepseak')
    await expect(
      status(
        page,
        /^\d+ results? for “deepseak”\. The digests do not have “deepseak”; these results have “deepseek”\.$/,
      ),
    ).toBeVisible()
    // A word the digests have says nothing of the kind.
    await page.goto('/search?q=deepseek')
    await expect(status(page, /^\d+ results? for “deepseek”$/)).toBeVisible()
  })

  test('two letters typed the wrong way round still find the word', async ({ page }) => {
    await page.goto('/search?q=nvidai')
    await expect(
      status(
        page,
        /^\d+ results? for “nvidai”\. The digests do not have “nvidai”; these results have “nvidia”\.$/,
      ),
    ).toBeVisible()
    await expect(results(page).locator('mark').first()).toHaveText(/^nvidia(['’]s)?$/i)
  })

  test('“US” in capitals is found, though “us” is too common a word to search', async ({
    page,
  }) => {
    await page.goto('/search?q=US')
    await expect(status(page, /^\d+ results? for “US”$/)).toBeVisible()
    await expect(results(page).getByRole('link', { name: /China vs\. US/ })).toBeVisible()
    await expect(results(page).locator('mark').first()).toHaveText('US')
    // Typed in lower case and alone, it is searched as the acronym, and the page says so.
    await page.goto('/search?q=us')
    await expect(
      status(
        page,
        /^\d+ results? for “us”\. Read as the acronym “US”: the word “us” is too common to search\.$/,
      ),
    ).toBeVisible()
    await expect(results(page).getByRole('link', { name: /China vs\. US/ })).toBeVisible()
    // Typed with dots, as a reader writes the acronym, it is the same search.
    await page.goto('/search?q=u.s.')
    await expect(status(page, /^\d+ results? for “u\.s\.”$/)).toBeVisible()
    await expect(results(page).getByRole('link', { name: /China vs\. US/ })).toBeVisible()
  })
})

// The generated 1,000-digest archive (scripts/scale-site.ts, seed 7): its
// search index has many monthly shards, searched newest first in steps.
test.describe('search across 1,000 digests', () => {
  test.use({ baseURL: scaleBaseURL })
  // The first step fetches and indexes a shard; on a busy shared machine that can take a while.
  const indexed = expect.configure({ timeout: 20_000 })

  const olderButton = (page: Page) =>
    page.getByRole('button', { name: 'Search older digests', exact: true })
  const searched = (page: Page) =>
    page.getByText(/^Searched (the whole archive: )?(digests from|the digest of)/)

  /** The button while a step of older digests arrives (its shards come one by one, each adding hits). */
  const searching = (page: Page) => page.getByRole('button', { name: 'Searching older digests…' })

  /**
   * Opens the search for a common word: the newest step has enough results,
   * so nothing older is fetched unasked.
   */
  async function openStartup(page: Page) {
    await page.goto('/search?q=startup')
    await indexed(status(page, /^\d+ results for “startup”$/)).toBeVisible()
  }

  /** Holds the answer for shard `id` until the returned function is called. */
  async function holdShard(page: Page, id: string): Promise<() => void> {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(`**/data/search/${id}.json`, async (route) => {
      await held
      await route.fallback()
    })
    return release
  }

  /** Presses "Search older digests" and waits until the whole older step is searched. */
  async function searchOlder(page: Page) {
    const before = await searched(page).textContent()
    await olderButton(page).click()
    await indexed(searched(page)).not.toHaveText(before ?? '')
    await indexed(searching(page)).toHaveCount(0)
  }

  test('a query of only common words offers no older digests, and asks for none', async ({
    page,
  }) => {
    await page.goto('/search?q=the')
    await indexed(
      status(page, '“the” has only very common words. Try a more specific word.'),
    ).toBeVisible()
    // Older digests cannot add to it: pressed, the whole archive (megabytes) came in for nothing.
    await expect(page.getByRole('button', { name: 'Search the whole archive' })).toHaveCount(0)
    await expect(olderButton(page)).toHaveCount(0)
    await expect(searched(page)).toHaveCount(0)
  })

  test('a podcast the site does not have is said so, with a way to search every podcast', async ({
    page,
    request,
  }) => {
    const manifest: SearchManifest = await (await request.get('/data/search/index.json')).json()
    const [firstStep = 0] = stepDepths(manifest.shards, 1)
    expect(firstStep).toBeLessThan(manifest.shards.length)
    const shards: string[] = []
    page.on('request', (request) => {
      if (/\/data\/search\/(?!index\.json)[^/]+\.json$/.test(request.url()))
        shards.push(request.url())
    })
    await page.goto('/search?q=startup&podcast=nope')
    await indexed(status(page, 'No digest has covered a podcast called “nope”.')).toBeVisible()
    await expect(olderButton(page)).toHaveCount(0)
    // No result in a podcast that is not there made the page look further
    // back by itself (a few steps): only the first step is asked for.
    await page.waitForTimeout(1000)
    expect(shards).toHaveLength(firstStep)

    await page.getByRole('link', { name: 'Search every podcast' }).click()
    await expect(page).toHaveURL(/\/search\?q=startup$/)
    await indexed(status(page, /^\d+ results for “startup”$/)).toBeVisible()
  })

  test('Show more results puts focus on the first result it adds, also when it shows the last ones', async ({
    page,
  }) => {
    await page.goto('/search?q=china')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    const more = page.getByRole('button', { name: 'Show more results' })
    let pages = 0
    while (await more.isVisible()) {
      const before = await results(page).count()
      await more.focus()
      await page.keyboard.press('Enter')
      // The reader goes on from the first new result, not from behind the new rows;
      // on the last page the button is gone and focus must not fall to the page.
      await expect(results(page).nth(before).getByRole('link')).toBeFocused()
      pages++
    }
    expect(pages).toBeGreaterThan(1)
  })

  test('older digests that fail to load say so beside the button, which keeps focus and tries again', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    const manifest = await (await request.get('/data/search/index.json')).json()
    const second: string = manifest.shards[1].id
    const broken = { older: true }
    await page.route(`**/data/search/${second}.json`, (route) =>
      broken.older ? route.fulfill({ status: 500, body: 'down' }) : route.fallback(),
    )
    await openStartup(page)
    const before = await searched(page).textContent()

    await olderButton(page).focus()
    await page.keyboard.press('Enter')
    // Said where the reader is (at the end of the results), not above twenty results.
    const failure = page.getByRole('alert')
    await indexed(failure).toContainText(
      `Older digests could not be searched: The server answered 500 for search/${second}.json.`,
    )
    await expect(failure).toBeInViewport()
    await expect(searched(page)).toHaveText(before ?? '')
    const retry = page.getByRole('button', { name: 'Try again searching older digests' })
    await expect(retry).toBeFocused()

    broken.older = false
    await page.keyboard.press('Enter')
    await indexed(searched(page)).not.toHaveText(before ?? '')
    await expect(page.getByRole('alert')).toHaveCount(0)
    // Focus stayed on the button all along (it used to drop to the page while loading).
    await expect(olderButton(page)).toBeFocused()
  })

  test('the last step of older digests says the whole archive is searched only once all of it is in', async ({
    page,
    request,
  }) => {
    const manifest: SearchManifest = await (await request.get('/data/search/index.json')).json()
    const steps = stepsToEnd(manifest.shards)
    expect(steps).toBeGreaterThan(2)
    // The oldest shard, the last step's, is held until the footer has been read.
    const release = await holdShard(page, manifest.shards.at(-1)?.id ?? '')
    await openStartup(page)
    for (let step = 2; step < steps; step++) await searchOlder(page)

    await olderButton(page).focus()
    await page.keyboard.press('Enter')
    // The step's other shards come in and are searched, but not all of it is.
    await indexed(searching(page)).toBeVisible()
    await expect(searching(page)).toHaveAttribute('aria-disabled', 'true')
    await expect(searched(page)).not.toContainText('the whole archive')

    release()
    await indexed(searched(page)).toContainText('Searched the whole archive: digests from')
    await expect(searching(page)).toHaveCount(0)
    await expect(olderButton(page)).toHaveCount(0)
    // The button is gone with nothing older to search: focus goes to what it
    // brought, not to the top of the page.
    await expect(searched(page)).toBeFocused()
  })

  test('Search the whole archive takes every older step in turn, with focus kept on the footer', async ({
    page,
    request,
  }) => {
    // The oldest shard is held until focus has been seen mid-way: on a fast
    // machine the chain could otherwise end before the assertion looks.
    const manifest: SearchManifest = await (await request.get('/data/search/index.json')).json()
    const release = await holdShard(page, manifest.shards.at(-1)?.id ?? '')
    await openStartup(page)
    const all = page.getByRole('button', { name: 'Search the whole archive' })
    await all.focus()
    await page.keyboard.press('Enter')
    // Its button goes while the steps arrive; focus waits on the one that says so.
    await expect(all).toHaveCount(0)
    await expect(searching(page)).toBeFocused()
    release()
    const whole = expect.configure({ timeout: 60_000 })
    await whole(searched(page)).toContainText('Searched the whole archive: digests from')
    await expect(searched(page)).toBeFocused()
    await expect(olderButton(page)).toHaveCount(0)
  })

  test('Search the whole archive goes on through older digests an earlier search fetched', async ({
    page,
  }) => {
    await openStartup(page)
    await searchOlder(page)
    await searchOlder(page)
    // To a result, then a new search from the header: a new search page, with
    // the older steps of the first still in the cache (nothing to fetch for them).
    await results(page).first().getByRole('link').first().click()
    await expect(page).toHaveURL(/\/digests\//)
    await searchField(page).fill('china')
    await searchField(page).press('Enter')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    await page.getByRole('button', { name: 'Search the whole archive' }).click()
    const whole = expect.configure({ timeout: 60_000 })
    await whole(searched(page)).toContainText('Searched the whole archive: digests from')
  })

  test('an opening quote before one word finds what the word alone finds', async ({ page }) => {
    await page.goto('/search?q=nuclear')
    await indexed(status(page, /^[\d,]+ results for “nuclear”$/)).toBeVisible()
    const count = (await status(page, /results for/).textContent())?.split(' ')[0]
    const titles = await results(page).getByRole('link').allTextContents()

    await page.goto('/search?q=%22nuclear')
    await indexed(status(page, `${count} results for “nuclear”`)).toBeVisible()
    expect(await results(page).getByRole('link').allTextContents()).toEqual(titles)

    // Typed, the quote comes first: results for the word while the phrase is unfinished.
    await searchField(page).fill('"china')
    await indexed(status(page, /^[\d,]+ results for “china”$/)).toBeVisible()
    await expect(results(page).first().locator('mark')).toHaveText([/^china/i])
  })

  test('the page says how results are ordered: best matches first, not by date', async ({
    page,
  }) => {
    await page.goto('/search?q=china')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    const main = page.getByRole('main')
    await expect(
      main.getByText('Digests, episodes, sections and commentary, best matches first.'),
    ).toBeVisible()
    await expect(main.getByText(/newest first/)).toHaveCount(0)
    // Ranked by how well they match, so the dates are not newest first: the
    // page must not claim they are.
    const dates = await results(page)
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(2)
    expect(dates).not.toEqual([...dates].sort().reverse())
  })

  test('Back to the search brings back the older digests searched, the results shown and the scroll position', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    // From the header's field, which asks the search page to focus its own.
    await page.goto('/')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await searchField(page).fill('china')
    await searchField(page).press('Enter')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    await searchOlder(page)
    await searchOlder(page)
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Show more results' }).click()
    }
    await expect(results(page)).toHaveCount(80)
    const total = await status(page, /results for/).textContent()
    const reached = await searched(page).textContent()

    // Deep in the list: a result on screen there is opened.
    const scrolled = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight * 0.75)
      return window.scrollY
    })
    const onScreen = await results(page)
      .getByRole('link')
      .evaluateAll((links) =>
        links.findIndex((link) => {
          const { top, bottom } = link.getBoundingClientRect()
          return top > 150 && bottom < window.innerHeight
        }),
      )
    expect(onScreen).toBeGreaterThan(40)
    await results(page).getByRole('link').nth(onScreen).click()
    await expect(page).toHaveURL(/\/digests\//)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await page.goBack()
    await expect(status(page, total ?? '')).toBeVisible()
    await expect(searched(page)).toHaveText(reached ?? '')
    await expect(results(page)).toHaveCount(80)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
    await expect(searchField(page)).not.toBeFocused()

    // A reload of the entry too: the results come back, and the place with them.
    await page.reload()
    await indexed(status(page, total ?? '')).toBeVisible()
    await expect(results(page)).toHaveCount(80)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)

    // A new visit to the same address starts again from the newest digests and one page.
    await page.goto('/')
    await page.goto('/search?q=china')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    await expect(status(page, total ?? '')).toHaveCount(0)
    await expect(results(page)).toHaveCount(20)
  })

  test('Back to a narrow search keeps the older digests it needed', async ({ page }) => {
    await page.goto('/search?q=%22inside%20harvard%27s%20strategy%22&podcast=hard-fork')
    await indexed(searched(page)).toBeVisible()
    // Its few results are in older digests: searched for until one is found.
    const none = status(page, /^No results for/)
    for (let i = 0; i < 10 && (await none.isVisible()); i++) await searchOlder(page)
    const found = status(page, /^\d+ results? for “inside harvard's strategy” in Hard Fork$/)
    await expect(found).toBeVisible()
    // The count is read once the step that found them is searched whole.
    await indexed(searching(page)).toHaveCount(0)
    const count = await found.textContent()
    const reached = await searched(page).textContent()

    await results(page).getByRole('link').first().click()
    await expect(page).toHaveURL(/\/digests\//)
    await page.goBack()
    await expect(status(page, count ?? '')).toBeVisible()
    await expect(searched(page)).toHaveText(reached ?? '')
  })

  test('Back across a podcast filter on the search page shows as many results as before', async ({
    page,
  }) => {
    await page.goto('/search?q=china')
    await indexed(status(page, /^\d+ results for “china”$/)).toBeVisible()
    await page.getByRole('button', { name: 'Show more results' }).click()
    await expect(results(page)).toHaveCount(40)
    await page.getByLabel('Filter by podcast').selectOption({ index: 1 })
    await expect(page).toHaveURL(/[?&]podcast=/)
    await expect(status(page, /for “china” in /)).toBeVisible()
    await page.goBack()
    await expect(status(page, /^\d+ results for “china”$/)).toBeVisible()
    await expect(results(page)).toHaveCount(40)
  })
})
