import { expect, type Locator, type Page, test } from '@playwright/test'
import { serveAppShell } from './support/pages'

// "Try again" on a page whose data file failed: the query forgets its error
// while it fetches again, and the page swapped its panel for the skeleton at
// the press (focus fell to the top of the page), then showed the panel anew
// if the file failed again (a screen reader heard the alert twice). The panel
// now stays, saying "Trying again…", until the file comes or fails again.

// Through the app shell: a prerendered page holds its data and never fetches it.
test.beforeEach(async ({ page }) => {
  await serveAppShell(page)
})

/** A data file that fails (500) or is served, each answer held until the test opens the gate. */
async function controlFile(page: Page, pattern: string) {
  const file = { failing: true, gate: Promise.resolve(), open: () => {} }
  await page.route(pattern, async (route) => {
    await file.gate
    if (file.failing) return route.fulfill({ status: 500, body: 'boom' })
    return route.fallback()
  })
  return {
    /** Holds every answer from now until `release`. */
    hold() {
      file.gate = new Promise<void>((resolve) => {
        file.open = resolve
      })
    },
    release: () => file.open(),
    heal() {
      file.failing = false
    },
  }
}

type ControlledFile = Awaited<ReturnType<typeof controlFile>>

/**
 * Presses the panel's Try again twice: the first fails again, the second
 * succeeds; each time the button keeps focus and says "Trying again…" while
 * the file is on its way.
 */
async function tryAgainTwice(page: Page, alert: Locator, data: ControlledFile) {
  const trying = alert.getByRole('button', { name: 'Trying again…' })
  // Tried again, and failed again.
  data.hold()
  await alert.getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  await expect(trying).toBeFocused()
  await expect(trying).toHaveAttribute('aria-disabled', 'true')
  data.release()
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeFocused({ timeout: 15_000 })

  // Tried again, and it comes.
  data.heal()
  data.hold()
  await page.keyboard.press('Enter')
  await expect(trying).toBeFocused()
  data.release()
}

/**
 * Counts the moments (DOM changes) after the panel first showed when neither
 * the panel nor the page's own heading was on screen: each is a panel that
 * went, and came back or was replaced by a skeleton.
 */
async function countGaps(page: Page) {
  await page.addInitScript(() => {
    const state = { seen: false, gaps: 0 }
    ;(window as unknown as { panelGaps: typeof state }).panelGaps = state
    new MutationObserver(() => {
      const panel = document.querySelector('[role="alert"]')
      const content = [...document.querySelectorAll('main h1')].some(
        (heading) => !heading.closest('[role="alert"]'),
      )
      if (panel) state.seen = true
      else if (state.seen && !content) state.gaps++
    }).observe(document, { childList: true, subtree: true })
  })
  return () =>
    page.evaluate(() => (window as unknown as { panelGaps: { gaps: number } }).panelGaps.gaps)
}

const cases = [
  {
    name: 'an episode',
    path: '/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out',
    file: '**/data/digests/2025-02-03.json',
    heading: /AI Czar David Sacks/,
  },
  {
    name: 'the commentary list',
    path: '/commentary',
    file: '**/data/posts.json',
    heading: 'Commentary',
  },
] as const

for (const { name, path, file, heading } of cases) {
  test(`${name}: Try again keeps the panel and focus while it tries, through a second failure, then focuses the page`, async ({
    page,
  }) => {
    const data = await controlFile(page, file)
    const gaps = await countGaps(page)
    await page.goto(path)
    const alert = page.getByRole('alert')
    // The query tries a failed file once more by itself before it says so.
    await expect(alert).toContainText(/server answered 500/, { timeout: 15_000 })

    await tryAgainTwice(page, alert, data)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    // Focus went on to the page's content, not to the top of the document.
    await expect(page.getByRole('main')).toBeFocused()
    expect(await gaps()).toBe(0)
  })
}

// The search page keeps its own heading and field, so the panel is what goes:
// the search index's manifest, and a shard of it, each tried again twice.
const searchCases = [
  {
    name: 'the search index',
    file: '**/data/search/index.json',
    panel: 'The search index could not be loaded',
  },
  {
    name: 'a part of the search index',
    file: '**/data/search/2025-02.json',
    panel: 'Part of the search index could not be loaded',
  },
] as const

for (const { name, file, panel } of searchCases) {
  test(`search, ${name}: Try again keeps the panel and focus while it tries, then the results come`, async ({
    page,
  }) => {
    const data = await controlFile(page, file)
    await page.goto('/search?q=DeepSeek')
    const alert = page.getByRole('alert').filter({ hasText: panel })
    await expect(alert).toContainText(/server answered 500/, { timeout: 15_000 })

    await tryAgainTwice(page, alert, data)
    await expect(page.getByRole('link', { name: /DeepSeek/ }).first()).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
}
