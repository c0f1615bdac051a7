import type { Browser } from '@playwright/test'
import { coldPage } from './page-timing'
import { median, round } from './stats'
import { CONTENT } from './time-to-content'

/**
 * In-page: the overview's first episode link is followed, after the pointer
 * has been over it for `hoverMs` (none when 0, as a script's click), and the
 * promise resolves with the ms from the click to the first frame showing the
 * episode's first section heading. Timed in the page's clock, like the load
 * probe; a string, for the reason pageProbe is.
 */
const followFirstEpisode = (hoverMs: number) => `new Promise((resolve) => {
  const link = [...document.querySelectorAll('main a[href^="/digests/"]')].find(
    (a) => a.pathname.split('/').length === 4,
  )
  if (!link) throw new Error('the overview links to no episode')
  const selector = ${JSON.stringify(CONTENT.episode)}
  const follow = () => {
    const clicked = performance.now()
    const tick = () => {
      for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect()
        if (box.width > 0 && box.height > 0) return resolve(performance.now() - clicked)
      }
      requestAnimationFrame(tick)
    }
    link.click()
    requestAnimationFrame(tick)
  }
  if (${hoverMs} > 0) {
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    setTimeout(follow, ${hoverMs})
  } else follow()
})`

/** A pointer rests on a link about this long before the click. */
const HOVER_MS = 150

export interface NavigationResult {
  /** Median ms from the click to the episode's first section heading, hovered first. */
  hoveredMs: number
  /** The same with no hover before the click. */
  clickOnlyMs: number
  runsMs: { hovered: number[]; clickOnly: number[] }
}

/**
 * In-app navigation from the overview to an episode at 4x CPU (the overview
 * loaded with its app ready first, unthrottled), with and without a hover
 * before the click, interleaved, median of `runs`.
 */
export async function benchNavigation(
  browser: Browser,
  base: string,
  runs: number,
): Promise<NavigationResult> {
  const hovered: number[] = []
  const clickOnly: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const hoverMs of [HOVER_MS, 0]) {
      const page = await coldPage(browser, 1)
      try {
        await page.goto(`${base}/`)
        await page.locator('html[data-app-ready]').waitFor({ state: 'attached' })
        // The link listener is installed after the app's first render.
        await page.waitForTimeout(1000)
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        const ms = (await page.evaluate(followFirstEpisode(hoverMs))) as number
        ;(hoverMs > 0 ? hovered : clickOnly).push(round(ms))
      } finally {
        await page.context().close()
      }
    }
  }
  return {
    hoveredMs: round(median(hovered)),
    clickOnlyMs: round(median(clickOnly)),
    runsMs: { hovered, clickOnly },
  }
}
