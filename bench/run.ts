// `npm run bench`: ingest, first-load data, JavaScript per route, time to
// content in a real browser, and the archive at scale, for archives of 1,
// 1,000 and 10,000 digests. Prints tables and writes bench/results.json.
// Timings are medians on a shared, noisy machine: none of this is a
// pass/fail test (the bundle budget is checked by `npm test`).
//   npm run bench -- --sizes 1,1000 --runs 7
import { mkdir } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: a plain .mjs helper shared with the budget check
import { measureRoutes } from '../scripts/bundle-size.mjs'
import { option } from '../scripts/cli-option'
import { buildApp, byPackage } from './app-build'
import { benchArchive } from './archive-bench'
import { benchFirstLoad } from './first-load'
import { benchIngest } from './ingest-bench'
import { benchLongTimeReader } from './long-time-reader'
import { benchNavigation } from './navigation-bench'
import { launch, measureLoad } from './page-timing'
import { servePlain } from './plain-server'
import { printSummary, writeResults } from './report'
import { benchReturningReader } from './returning-reader'
import { benchSearchEngine, benchSearchPage } from './search-bench'
import { searchStepTimes } from './search-steps-timing'
import { prepareSite, serve, stop } from './site'
import { median, round } from './stats'
import { benchTimeToContent, CONTENT } from './time-to-content'

const WORK = 'bench/.work'
const APP = `${WORK}/app`

const sizes = option('sizes', '1,1000,10000').split(',').map(Number)
const runs = Number(option('runs', '7'))

await mkdir(WORK, { recursive: true })
console.log(`Building the app into ${APP} (vite build)…`)
const modules = await buildApp(APP)
const bundle = {
  routes: measureRoutes(APP),
  largestModules: modules.slice(0, 12),
  packages: byPackage(modules).slice(0, 12),
}
console.log('JavaScript and CSS before each page can paint (gzip KB):')
console.table(bundle.routes)
console.log('What each package costs (gzip KB, estimated from its share of its chunk):')
console.table(bundle.packages)

const browser = await launch()
const results: Record<string, unknown>[] = []
let port = 4300
try {
  for (const n of sizes) {
    console.log(`\n— ${n} digests (load average ${loadavg()[0]?.toFixed(1)}) —`)
    const ingest = await benchIngest(n, WORK)
    const phases = (run: { phases: Record<string, number> | null }) =>
      run.phases
        ? `; phases (s): ${Object.entries(run.phases)
            .map(([name, s]) => `${name} ${s}`)
            .join(', ')}`
        : ''
    console.log(
      `ingest, first run: ${ingest.seconds} s (${ingest.msPerDigest} ms a digest, ${ingest.cpuSeconds ?? '?'} s CPU of which ${ingest.sysCpuSeconds ?? '?'} s kernel, ${ingest.workers ?? '?'} workers), peak RSS ${ingest.peakRssMb} MB${phases(ingest)}`,
    )
    console.log(
      `ingest, rerun into its output: ${ingest.rerun.seconds} s (${ingest.rerun.cpuSeconds ?? '?'} s CPU of which ${ingest.rerun.sysCpuSeconds ?? '?'} s kernel, ${ingest.rerun.shardsReused ?? '?'} search shards reused), peak RSS ${ingest.rerun.peakRssMb} MB${phases(ingest.rerun)}`,
    )
    const site = await prepareSite(APP, `${WORK}/site-${n}/data`, `${WORK}/dist-${n}`)
    const server = await serve(site.dir, port)
    const base = `http://127.0.0.1:${port++}`
    try {
      const firstLoad = await benchFirstLoad(browser, base)
      console.log(
        `first load, before the overview paints: data ${firstLoad.dataGzipKb} KB gzip (${firstLoad.dataRawKb} KB raw: ${firstLoad.dataFiles.join(', ') || 'none'}), JS ${firstLoad.jsGzipKb} KB, CSS ${firstLoad.cssGzipKb} KB gzip; until the app is ready: data ${firstLoad.untilReady.dataGzipKb} KB (${firstLoad.untilReady.dataFiles.join(', ')}), JS ${firstLoad.untilReady.jsGzipKb} KB, CSS ${firstLoad.untilReady.cssGzipKb} KB gzip`,
      )
      const timing = await benchTimeToContent(browser, base, site.episodePath, runs)
      console.log(
        `time to content (4x CPU, cold, median of ${runs}): overview ${timing.overview.visibleMs} ms, episode ${timing.episode.visibleMs} ms, static HTML ${timing.staticEpisode.visibleMs} ms, episode/static ${timing.ratio}; CLS max ${Math.max(timing.overview.maxCls, timing.episode.maxCls)}`,
      )
      const refused = [timing.overview, timing.episode].flatMap((page) => page.refused)
      if (refused.length > 0) {
        console.warn(
          `the pages' Content-Security-Policy refused ${refused.join(', ')}: a build bug`,
        )
      }
      const returning = await benchReturningReader(
        browser,
        base,
        site.episodePath,
        Math.min(runs, 5),
      )
      console.log(
        `returning reader (service worker in control, part-way through an episode, 4x CPU, median of ${returning.runsMs.overview.length}): overview ${returning.overviewMs} ms, episode ${returning.episodeMs} ms; CLS max ${returning.maxCls}`,
      )
      const navigation = await benchNavigation(browser, base, runs)
      console.log(
        `in-app navigation, overview to an episode (4x CPU, median of ${runs}): ${navigation.hoveredMs} ms with the pointer over the link 150 ms before the click, ${navigation.clickOnlyMs} ms on a click alone`,
      )
      // The reader's history, not the archive, sets this: measured once.
      const longTimeReader =
        n === sizes[0] ? await benchLongTimeReader(browser, base, site.episodePath) : null
      if (longTimeReader) {
        console.log(
          `a reader with ${longTimeReader.historyEntries} episodes in their reading history (4x CPU): opening a section ${longTimeReader.openSectionMs} ms to paint (median of ${longTimeReader.openSectionRunsMs.length}), "Mark as read" ${longTimeReader.markReadMs} ms; scrolling through the episode: ${longTimeReader.scrollWrites} writes of the reading state, long tasks ${longTimeReader.scrollLongTasksMs.join(', ') || 'none'} ms`,
        )
      }
      let olderEpisode = null
      if (site.olderEpisodePath && n >= 1000) {
        const loads = []
        for (let i = 0; i < Math.min(runs, 5); i++) {
          loads.push(await measureLoad(browser, `${base}${site.olderEpisodePath}`, CONTENT.episode))
        }
        const visibleMs = round(median(loads.map((l) => l.visibleMs)))
        olderEpisode = {
          path: site.olderEpisodePath,
          visibleMs,
          ratio: round(visibleMs / timing.staticEpisode.visibleMs, 2),
          maxCls: round(Math.max(...loads.map((l) => l.cls)), 3),
        }
        console.log(
          `an episode from the oldest month: ${visibleMs} ms (${olderEpisode.ratio} x static)`,
        )
      }
      const archive = n >= 1000 ? await benchArchive(browser, base, 'all-in-podcast') : null
      if (archive) {
        console.log(
          `archive: first digest link ${archive.firstPaintMs} ms (CLS ${archive.cls}); after scrolling ${archive.rowsAfterScroll} list rows (${archive.elementsAfterScroll} elements); podcast filter ${archive.filterChangeMs} ms; podcast page first episode link ${archive.podcastPageMs} ms (CLS ${archive.podcastPageCls})`,
        )
      }
      const engine = await benchSearchEngine(join(site.dir, 'data'))
      const page = await benchSearchPage(browser, base, 'DeepSeek', Math.min(runs, 5))
      // "Search older digests" step by step, at full speed, the files served
      // as they are: vite preview would gzip each shard on the cores the
      // browser uses (bench/plain-server.ts).
      let olderSteps: number[] = []
      if (n >= 1000) {
        const plain = await servePlain(site.dir, port)
        try {
          olderSteps = await searchStepTimes(browser, `http://127.0.0.1:${port}/search?q=energy`, 8)
        } finally {
          plain.close()
        }
      }
      const search = { ...engine, page, olderStepsMs: olderSteps }
      console.log(
        `search: first query downloads ${engine.firstStep.gzipKb} KB gzip (${engine.firstStep.shards} of ${engine.shards} shards; whole index ${engine.wholeIndex.gzipKb} KB, ${engine.wholeIndex.memoryMb} MB of memory once loaded); ${engine.queries} queries: median ${engine.firstStep.medianMs} ms, p95 ${engine.firstStep.p95Ms} ms on the first step, ${engine.wholeIndex.medianMs} / ${engine.wholeIndex.p95Ms} ms with the whole index (p95 of each query's median of 3 passes: ${engine.wholeIndex.p95OfMediansMs} ms); cold /search?q=${page.term} first result ${page.firstResultMs} ms (median of ${page.runsMs.length}: ${page.runsMs.join(', ')})`,
      )
      if (olderSteps.length > 0) {
        console.log(
          `search older digests, /search?q=energy at full speed: ${olderSteps.map((ms, i) => `step ${i + 2} ${ms} ms`).join(', ')}`,
        )
      }
      results.push({
        digests: n,
        loadAverage: round(loadavg()[0] ?? 0),
        ingest,
        firstLoad,
        timing,
        returning,
        navigation,
        longTimeReader,
        olderEpisode,
        archive,
        search,
      })
    } finally {
      stop(server)
    }
  }
} finally {
  await browser.close()
}

printSummary(results)
await writeResults('bench/results.json', { bundle, results })
console.log('Wrote bench/results.json')
