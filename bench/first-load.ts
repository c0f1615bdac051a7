import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { coldPage, pageProbe } from './page-timing'
import { round } from './stats'
import { CONTENT } from './time-to-content'

type Kind = 'data' | 'js' | 'css' | 'other'

function kindOf(path: string): Kind {
  if (path.startsWith('/data/')) return 'data'
  if (path.endsWith('.js')) return 'js'
  if (path.endsWith('.css')) return 'css'
  return 'other'
}

/**
 * What the browser fetched for the overview, from its own request log (not
 * from a guess of what the app loads): data files, JS and CSS, each raw and
 * gzip, split by when each request started. "Before paint" is what was asked
 * for before the first frame that showed the first episode link (the page's
 * resource timing against the probe's mark, both in the page's clock); "until
 * ready" adds what the app fetched to start (`<html data-app-ready>`). Reading
 * responses until `goto` returned, as this did before, counted the app's
 * JavaScript as "before paint" whenever it arrived before the load event,
 * although a prerendered overview paints before asking for it.
 */
export async function benchFirstLoad(browser: Browser, base: string) {
  const page = await coldPage(browser, 1)
  const bodies = new Map<string, Buffer>()
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    if (response.status() !== 200) return
    const url = response.url()
    pending.push(
      response.body().then(
        (body) => void bodies.set(url, body),
        () => {},
      ),
    )
  })
  let timing: { visible: number; requests: { url: string; start: number }[] }
  try {
    await page.addInitScript({ content: pageProbe(CONTENT.overview) })
    await page.goto(`${base}/`)
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    timing = await page.evaluate(() => ({
      visible: (window as unknown as { __bench: { marks: { target: number } } }).__bench.marks
        .target,
      requests: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, start: entry.startTime })),
    }))
    await Promise.all(pending)
  } finally {
    await page.context().close()
  }
  const files = (beforePaint: boolean) =>
    timing.requests
      .filter((request) => !beforePaint || request.start <= timing.visible)
      .flatMap(({ url }) => {
        const body = bodies.get(url)
        return body
          ? [{ path: new URL(url).pathname, kind: kindOf(new URL(url).pathname), body }]
          : []
      })
  const sum = (list: ReturnType<typeof files>, kind: Kind, gzip: boolean) =>
    round(
      list
        .filter((file) => file.kind === kind)
        .reduce((n, file) => n + (gzip ? gzipSync(file.body).length : file.body.length), 0) / 1024,
    )
  const before = files(true)
  const untilReady = files(false)
  return {
    dataFiles: before.filter((file) => file.kind === 'data').map((file) => file.path),
    dataRawKb: sum(before, 'data', false),
    dataGzipKb: sum(before, 'data', true),
    jsGzipKb: sum(before, 'js', true),
    cssGzipKb: sum(before, 'css', true),
    untilReady: {
      dataFiles: untilReady.filter((file) => file.kind === 'data').map((file) => file.path),
      dataGzipKb: sum(untilReady, 'data', true),
      jsGzipKb: sum(untilReady, 'js', true),
      cssGzipKb: sum(untilReady, 'css', true),
    },
  }
}
