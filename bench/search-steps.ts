// "Search older digests", step by step, on built sites: opens /search?q=QUERY,
// presses the button --steps times and times each step from the press until
// the button stops reading "Searching older digests…". Several --dir (comma
// separated) are run in turn, --runs times, for A/B runs of builds made by
// bench/prepare-variant.ts:
//   npx tsx bench/search-steps.ts --dir bench/.work/dist-10000,bench/.work/dist-x --runs 2
// Served as files are (bench/plain-server.ts) unless --server preview; --cpu 4
// slows the page's thread (DevTools throttling slows no worker thread).
import { option } from '../scripts/cli-option'
import { launch, slowDown } from './page-timing'
import { servePlain } from './plain-server'
import { serve, stop } from './site'

const dirs = option('dir', 'bench/.work/dist-10000').split(',')
const runs = Number(option('runs', '1'))
const steps = Number(option('steps', '8'))
const query = option('query', 'energy')
const cpu = Number(option('cpu', '1'))
const port = Number(option('port', '4330'))
const preview = option('server', 'plain') === 'preview'

const LOADING = 'Searching older digests'
const browser = await launch()
try {
  for (let run = 1; run <= runs; run++) {
    for (const [at, dir] of dirs.entries()) {
      const close = await start(dir, port + at)
      try {
        const times = await stepTimes(`http://127.0.0.1:${port + at}/search?q=${query}`)
        console.log(
          `${dir} run ${run}: ${times.map((ms, i) => `step ${i + 2} ${ms} ms`).join(', ')}`,
        )
      } finally {
        close()
      }
    }
  }
} finally {
  await browser.close()
}

/** Serves `dir`; the function returned stops it. */
async function start(dir: string, at: number): Promise<() => void> {
  if (preview) {
    const child = await serve(dir, at)
    return () => stop(child)
  }
  const server = await servePlain(dir, at)
  return () => server.close()
}

async function stepTimes(url: string): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  if (cpu > 1) await slowDown(page, cpu)
  await page.goto(url)
  const button = page.getByRole('button', { name: 'Search older digests' })
  await button.waitFor()
  const times: number[] = []
  for (let step = 0; step < steps && (await button.count()) > 0; step++) {
    const started = Date.now()
    await button.click()
    await page.waitForFunction(
      (loading) =>
        ![...document.querySelectorAll('button')].some((b) => b.textContent?.includes(loading)),
      LOADING,
      { timeout: 180_000, polling: 100 },
    )
    times.push(Date.now() - started)
  }
  await context.close()
  return times
}
