import type { Browser, Page } from '@playwright/test'
import type { ReadingEntry } from '../src/lib/storage/reading-state-schema'
import { READING_STATE_KEY } from '../src/lib/storage/reading-state-store'
import { slowDown, VIEWPORT } from './page-timing'
import { median, round } from './stats'
import { CONTENT } from './time-to-content'

/**
 * Episodes a reader has opened in about three years of daily digests (3.5
 * episodes a day). The reading state is one localStorage record, written
 * whole on each change: what it costs grows with the reader's history, not
 * with the archive.
 */
export const HISTORY_ENTRIES = 4000

/** A reading history of `count` episodes, the oldest first, as the app stores it. */
function readingHistory(count: number): string {
  const start = Date.UTC(2023, 0, 1)
  const episodes: ReadingEntry[] = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + Math.floor(i / 3.5) * 86_400_000).toISOString().slice(0, 10)
    return {
      date,
      episodeSlug: `why-startup-funding-is-about-to-change-everything-${i}`,
      episodeTitle: 'Why Startup Funding Is About to Change Everything',
      podcast: 'The Diary Of A CEO',
      readAt: i % 3 === 0 ? null : `${date}T08:12:33.123Z`,
      lastSection: { id: 'what-the-numbers-say', number: '3', title: 'What the numbers say' },
      updatedAt: `${date}T08:12:33.123Z`,
    }
  })
  return JSON.stringify({ version: 1, episodes })
}

/**
 * A reader with HISTORY_ENTRIES episodes behind them, on the newest episode,
 * 4x CPU: how long opening a section and pressing "Mark as read" (or
 * unread) take to paint (Event Timing's duration of the click, median of
 * `presses` each), and, scrolling through the episode with
 * the sections open and a pause to read every fifth step, how often the
 * reading state is written and the long tasks that come with it.
 */
export async function benchLongTimeReader(
  browser: Browser,
  base: string,
  episodePath: string,
  presses = 5,
) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.addInitScript(
      ({ key, value }) => {
        // Once: the app's own writes must stand on reload.
        if (sessionStorage.getItem('bench:seeded')) return
        localStorage.setItem(key, value)
        sessionStorage.setItem('bench:seeded', '1')
      },
      { key: READING_STATE_KEY, value: readingHistory(HISTORY_ENTRIES) },
    )
    await page.addInitScript({ content: watcher(READING_STATE_KEY) })
    await page.goto(`${base}${episodePath}`)
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
    await page.waitForTimeout(1000)
    await slowDown(page)

    const clickMs: number[] = []
    const closed = page.locator(`${CONTENT.episode}[aria-expanded="false"]`)
    for (let i = 0; i < presses && (await closed.count()) > 0; i++) {
      await reset(page)
      await closed.first().click()
      await page.waitForTimeout(1200)
      const { clicks } = await seen(page)
      clickMs.push(Math.max(0, ...clicks))
    }

    // "Mark as read", then "Mark as unread", and so on: each press changes the record.
    const markMs: number[] = []
    const mark = page.getByRole('button', { name: /^Mark as (read|unread)$/ }).first()
    for (let i = 0; i < presses; i++) {
      await reset(page)
      await mark.click()
      await page.waitForTimeout(1200)
      const { clicks } = await seen(page)
      markMs.push(Math.max(0, ...clicks))
    }

    await page.evaluate(() => window.scrollTo(0, 0))
    await page.waitForTimeout(1200)
    await reset(page)
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    for (let y = 0, step = 0; y < height; y += 200, step++) {
      await page.mouse.wheel(0, 200)
      await page.waitForTimeout(step % 5 === 4 ? 1500 : 150)
    }
    await page.waitForTimeout(1500)
    const scrolled = await seen(page)
    return {
      historyEntries: HISTORY_ENTRIES,
      openSectionMs: round(median(clickMs)),
      openSectionRunsMs: clickMs.map((ms) => round(ms)),
      markReadMs: round(median(markMs)),
      markReadRunsMs: markMs.map((ms) => round(ms)),
      scrollWrites: scrolled.writes,
      scrollLongTasksMs: scrolled.longTasks.map((ms) => round(ms)),
    }
  } finally {
    await context.close()
  }
}

/**
 * Runs in the page before its scripts: records each click's Event Timing
 * duration (press to the paint it caused), the long tasks, and the writes of
 * `key`. A string, as pageProbe is: tsx would wrap the functions in a helper
 * the page does not have.
 */
const watcher = (key: string) => `(() => {
  const seen = { clicks: [], longTasks: [], writes: 0 }
  window.__reader = seen
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') seen.clicks.push(entry.duration)
  }).observe({ type: 'event', durationThreshold: 16 })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push(entry.duration)
  }).observe({ type: 'longtask' })
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (name, value) {
    if (name === ${JSON.stringify(key)}) seen.writes++
    return setItem.call(this, name, value)
  }
})()`

interface Seen {
  clicks: number[]
  longTasks: number[]
  writes: number
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => (window as unknown as { __reader: Seen }).__reader)
}

function reset(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __reader: Seen }).__reader
    seen.clicks.length = 0
    seen.longTasks.length = 0
    seen.writes = 0
  })
}
