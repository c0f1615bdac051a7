// "Search older digests", step by step, on built sites: opens /search?q=QUERY,
// presses the button --steps times and times each step from the press until
// the button stops reading "Searching older digests…". Several --dir (comma
// separated) are run in turn, --runs times, for A/B runs of builds made by
// bench/prepare-variant.ts:
//   npx tsx bench/search-steps.ts --dir bench/.work/dist-10000,bench/.work/dist-x --runs 2
// Served as files are (bench/plain-server.ts) unless --server preview; --cpu 4
// slows the page's thread (DevTools throttling slows no worker thread).
import { option } from '../scripts/cli-option'
import { launch } from './page-timing'
import { servePlain } from './plain-server'
import { searchStepTimes } from './search-steps-timing'
import { serve, stop } from './site'

const dirs = option('dir', 'bench/.work/dist-10000').split(',')
const runs = Number(option('runs', '1'))
const steps = Number(option('steps', '8'))
const query = option('query', 'energy')
const cpu = Number(option('cpu', '1'))
const port = Number(option('port', '4330'))
const preview = option('server', 'plain') === 'preview'

const browser = await launch()
try {
  for (let run = 1; run <= runs; run++) {
    for (const [at, dir] of dirs.entries()) {
      const close = await start(dir, port + at)
      try {
        const url = `http://127.0.0.1:${port + at}/search?q=${query}`
        const times = await searchStepTimes(browser, url, steps, cpu)
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
