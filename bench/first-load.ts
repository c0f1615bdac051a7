import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { coldPage } from './page-timing'
import { round } from './stats'
import { CONTENT } from './time-to-content'

/**
 * Everything the browser fetched before the overview's first episode link
 * showed, from its request log (not from a guess of what the app loads):
 * data files, and the JS and CSS, each raw and gzip.
 */
export async function benchFirstLoad(browser: Browser, base: string) {
  const page = await coldPage(browser, 1)
  const bodies: { path: string; type: string; body: Buffer }[] = []
  let painted = false
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    // Only what was asked for before the content showed counts.
    if (painted || response.status() !== 200) return
    const path = new URL(response.url()).pathname
    const type = path.startsWith('/data/')
      ? 'data'
      : path.endsWith('.js')
        ? 'js'
        : path.endsWith('.css')
          ? 'css'
          : 'other'
    pending.push(
      response.body().then(
        (body) => {
          bodies.push({ path, type, body })
        },
        () => {},
      ),
    )
  })
  try {
    await page.goto(`${base}/`)
    await page.locator(CONTENT.overview).first().waitFor({ timeout: 60_000 })
    painted = true
    await Promise.all(pending)
  } finally {
    await page.context().close()
  }
  const sum = (type: string, gzip: boolean) =>
    round(
      bodies
        .filter((b) => b.type === type)
        .reduce((n, b) => n + (gzip ? gzipSync(b.body).length : b.body.length), 0) / 1024,
    )
  return {
    dataFiles: bodies.filter((b) => b.type === 'data').map((b) => b.path),
    dataRawKb: sum('data', false),
    dataGzipKb: sum('data', true),
    jsGzipKb: sum('js', true),
    cssGzipKb: sum('css', true),
  }
}
