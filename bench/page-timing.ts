import { type Browser, chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium'

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/**
 * Runs in the page before any of its scripts: records, in the page's own
 * clock (ms since navigation start), the first animation frame in which the
 * target selector is visible, the layout shifts (CLS) and the largest
 * contentful paint. Measuring inside the page keeps the protocol round trips
 * of the test driver (slow under CPU throttling) out of the figures. A string,
 * not a function: tsx would wrap named inner functions in a helper the page
 * does not have.
 */
export const pageProbe = (selector: string) => `(() => {
  const state = { marks: {}, cls: 0, lcp: 0, fcp: 0, refused: [] }
  window.__bench = state
  // What the page's own policy refused (an inline style or script whose hash
  // it does not list): a hand-edited variant measured so is not the page it
  // seems, it is that page without the refused part.
  document.addEventListener('securitypolicyviolation', (event) => {
    state.refused.push(event.effectiveDirective)
  })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    if (entries.length) state.lcp = entries[entries.length - 1].startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  const selector = ${JSON.stringify(selector)}
  // Any match counts: the first in the document may be one hidden at this
  // width (the phone's contents toggle, say).
  const tick = () => {
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true })) {
        state.marks.target = performance.now()
        console.debug('bench:target-visible')
        return
      }
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/**
 * Navigates and waits for the probe's console message. Not by polling the
 * page (waitForFunction): that makes Playwright evaluate its injected script
 * (hundreds of KB, ~400 ms under the 4x slowdown) on the page's main thread
 * in the middle of the load, where it held up whichever page was still being
 * parsed: a cost of the measuring, not of the page.
 */
export async function loadUntilVisible(page: Page, url: string): Promise<void> {
  const visible = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'bench:target-visible',
    timeout: 60_000,
  })
  await page.goto(url, { waitUntil: 'commit' })
  await visible
}

export interface PageMeasure {
  /** ms from navigation start to the first frame showing the watched element. */
  visibleMs: number
  cls: number
  lcpMs: number
  /** First contentful paint: anything drawn, not only the watched element. */
  fcpMs: number
  /** Directives of the page's Content-Security-Policy that refused something (0 is the goal). */
  refused: string[]
}

/**
 * Networks a page can be loaded over (`BENCH_NETWORK=slow4g`), as DevTools
 * names them: localhost hides what the size of a page costs a phone.
 */
const NETWORKS = {
  // DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  slow4g: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
} as const

function network() {
  const name = process.env.BENCH_NETWORK
  if (!name) return null
  const conditions = NETWORKS[name as keyof typeof NETWORKS]
  if (!conditions) throw new Error(`BENCH_NETWORK: no network "${name}" (${Object.keys(NETWORKS)})`)
  return conditions
}

/** The window every measured page is loaded in. */
export const VIEWPORT = { width: 1280, height: 800 }

/**
 * A cold page (new context, so an empty cache) with the CPU slowed down by
 * `cpuSlowdown` through the DevTools protocol, and the network of
 * BENCH_NETWORK if set.
 */
export async function coldPage(browser: Browser, cpuSlowdown = 4): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT })
  const page = await context.newPage()
  await slowDown(page, cpuSlowdown)
  return page
}

/** Slows `page`'s CPU by `cpuSlowdown`, and its network to BENCH_NETWORK if set. */
export async function slowDown(page: Page, cpuSlowdown = 4): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const conditions = network()
  if (conditions) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions })
  }
}

/** What the probe (pageProbe) recorded in the page so far. */
export function readProbe(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __bench: {
            marks: Record<string, number>
            cls: number
            lcp: number
            fcp: number
            refused: string[]
          }
        }
      ).__bench,
  )
}

/** One cold load of `url`: when `selector` first shows, CLS and LCP (after a settle time). */
export async function measureLoad(
  browser: Browser,
  url: string,
  selector: string,
  settleMs = 1500,
): Promise<PageMeasure> {
  const page = await coldPage(browser)
  try {
    await page.addInitScript({ content: pageProbe(selector) })
    await loadUntilVisible(page, url)
    // Late shifts count too: give the page time to finish loading what it shows.
    await page.waitForTimeout(settleMs)
    const probe = await readProbe(page)
    return {
      visibleMs: probe.marks.target ?? Number.NaN,
      cls: probe.cls,
      lcpMs: probe.lcp,
      fcpMs: probe.fcp,
      refused: probe.refused,
    }
  } finally {
    await page.context().close()
  }
}

/**
 * Playwright's default trace categories, plus the browser's font matching
 * (bench/trace-summary.ts counts it: a cold first layout's font lookups).
 */
const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.console',
  'blink.user_timing',
  'latencyInfo',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'fonts',
]

/**
 * One cold, throttled load of `url` recorded as a Chromium trace (open it in
 * the DevTools Performance panel): where the main thread's time goes before
 * `selector` shows.
 */
export async function tracedLoad(
  browser: Browser,
  url: string,
  selector: string,
  path: string,
): Promise<void> {
  const page = await coldPage(browser)
  try {
    await page.addInitScript({ content: pageProbe(selector) })
    await browser.startTracing(page, { path, screenshots: true, categories: TRACE_CATEGORIES })
    await loadUntilVisible(page, url)
    await page.waitForTimeout(500)
    await browser.stopTracing()
  } finally {
    await page.context().close()
  }
}
