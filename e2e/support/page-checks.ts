import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const THEMES = ['light', 'dark'] as const

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/**
 * Full-page captures are for people to look at and cost most of these tests'
 * time: CI checks the same widths and themes but saves no picture, unless
 * SCREENSHOTS=1 asks for them (`npm run screenshots`).
 */
export const SAVE_SCREENSHOTS = !process.env.CI || Boolean(process.env.SCREENSHOTS)

const WIDTHS = [
  { width: 360, height: 780, capture: false },
  { width: 390, height: 844, capture: true },
  { width: 1280, height: 900, capture: true },
]

/**
 * Opens a page state at phone and desktop widths, light and dark: nothing may
 * scroll sideways (down to 360 px), and the 390 and 1280 px views are saved as
 * `screenshots/<name>-<width>px-<theme>.png` (git-ignored) for people to look at.
 */
export async function captureAtWidths(page: Page, name: string, open: () => Promise<void>) {
  for (const { width, height, capture } of WIDTHS) {
    for (const theme of THEMES) {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
      await open()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `${name} at ${width}px (${theme}) scrolls sideways`).toBeLessThanOrEqual(0)
      if (capture && SAVE_SCREENSHOTS) {
        await page.screenshot({
          path: `screenshots/${name}-${width}px-${theme}.png`,
          fullPage: true,
          animations: 'disabled',
        })
      }
    }
  }
}

/**
 * A tap where `target` is drawn, as a finger would: on a card whose whole
 * area is its link (the link's ::after covers the card), the text under the
 * tap is not what receives it, so Playwright's own click would wait forever
 * for the text to become clickable.
 */
export async function tapWhereShown(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('the target is not on screen')
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}
