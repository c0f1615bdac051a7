// `npm run bench`: ingest, first-load data, JavaScript per route and time to
// content in a real browser, for archives of 1, 1,000 and 10,000 digests.
// Prints a table and writes bench/results.json. Timings are medians; the
// machine is shared and noisy, so none of this is a pass/fail test.
//   npm run bench -- --sizes 1,1000
import { execSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
// @ts-expect-error: a plain .mjs helper shared with the budget check
import { largestChunks, measureRoutes } from '../scripts/bundle-size.mjs'
import { benchArchive, benchFirstLoadData, benchTimeToContent, launch } from './browser-bench'
import { benchIngest } from './ingest-bench'
import { prepareSite, serve, stop } from './site'

const WORK = 'bench/.work'
const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1]
const sizes =
  process.argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1, 1000, 10000]

await mkdir(WORK, { recursive: true })
console.log('Building the app once (vite build)…')
execSync('npm run build', { stdio: 'ignore' })
const bundle = { routes: measureRoutes('dist'), largest: largestChunks('dist') }

const browser = await launch()
const results: Record<string, unknown>[] = []
let port = 4300
for (const n of sizes) {
  console.log(`\n— ${n} digests —`)
  const ingest = await benchIngest(n, WORK)
  console.log(
    `ingest: ${ingest.seconds} s, ${ingest.digestsPerSecond} digests/s, peak RSS ${ingest.peakRssMb} MB`,
  )
  const site = await prepareSite(n, WORK)
  const server = await serve(site.dir, port++)
  try {
    const base = `http://127.0.0.1:${port - 1}`
    const firstLoad = await benchFirstLoadData(browser, base)
    console.log(
      `first-load data: ${firstLoad.gzipKb} KB gzip (${firstLoad.rawKb} KB raw): ${firstLoad.files.join(', ')}`,
    )
    const timing = await benchTimeToContent(browser, base, site.episodePath)
    console.log(
      `time to content (4x CPU slowdown, median of 7): overview ${timing.overviewMs} ms, episode ${timing.episodeMs} ms, static HTML ${timing.staticEpisodeMs} ms, ratio ${timing.ratio}`,
    )
    const archive = n >= 1000 ? await benchArchive(browser, base, 'all-in-podcast') : null
    if (archive)
      console.log(
        `archive: first paint ${archive.firstPaintMs} ms, ${archive.rowsAfterScroll} list rows in the DOM after scrolling, filter change ${archive.filterChangeMs} ms`,
      )
    results.push({ digests: n, ingest, firstLoad, timing, archive })
  } finally {
    stop(server)
  }
}
await browser.close()

console.log('\nJavaScript per route (gzip KB):')
console.table(bundle.routes)
console.log('Largest chunks:')
console.table(bundle.largest)
console.log('\nSummary:')
console.table(
  results.map((r) => {
    const row = r as {
      digests: number
      ingest: { seconds: number; digestsPerSecond: number; peakRssMb: number }
      firstLoad: { gzipKb: number }
      timing: { overviewMs: number; episodeMs: number; staticEpisodeMs: number; ratio: number }
    }
    return {
      digests: row.digests,
      'ingest s': row.ingest.seconds,
      'digests/s': row.ingest.digestsPerSecond,
      'peak RSS MB': row.ingest.peakRssMb,
      'first data KB gz': row.firstLoad.gzipKb,
      'overview ms': row.timing.overviewMs,
      'episode ms': row.timing.episodeMs,
      'static ms': row.timing.staticEpisodeMs,
      'episode/static': row.timing.ratio,
    }
  }),
)
await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), bundle, results }, null, 2)}\n`,
)
console.log('Wrote bench/results.json')
