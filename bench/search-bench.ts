import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import * as v from 'valibot'
import { parseQuery } from '../src/features/search/parse-query'
import {
  indexesByStep,
  type LoadedIndex,
  RESULTS_PAGE_SIZE,
  searchShards,
} from '../src/features/search/search-engine'
import { stepDepths, stepsToEnd } from '../src/features/search/shard-steps'
import { type SearchShardRef, searchManifestSchema, searchShardSchema } from '../src/schema/search'
import { type DecodedShard, decodeShard } from '../src/schema/search-codec'
import { measureLoad } from './page-timing'
import { queriesFrom } from './search-queries'
import { median, percentile, round } from './stats'

/**
 * Memory in use after a full collection (MB): JS heap plus typed arrays'
 * buffers, which live outside it. V8's `gc` is exposed for this process by
 * flag, so the figure needs no `--expose-gc` on the command line.
 */
function memoryInUseMb(): number {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return (heapUsed + arrayBuffers) / 2 ** 20
}

/** A search page's first result link. */
const RESULT = 'main a[href^="/digests/2"], main a[href^="/commentary/"]'

/**
 * Cold loads of `/search?q=<term>` under 4x CPU until the first result link
 * shows: the median of `runs` (one load moved by a second from run to run).
 */
export async function benchSearchPage(browser: Browser, base: string, term: string, runs: number) {
  // Measured in the page, as the other pages are (page-timing.ts): waiting
  // from the test driver ran Playwright's script on the loading page (~0.4 s
  // of the 4x slowed CPU), and timed the polling too.
  const loads: number[] = []
  for (let i = 0; i < runs; i++) {
    const load = await measureLoad(browser, `${base}/search?q=${encodeURIComponent(term)}`, RESULT)
    loads.push(load.visibleMs)
  }
  return { term, firstResultMs: round(median(loads)), runsMs: loads.map((ms) => round(ms)) }
}

/**
 * Search at this archive size, in Node with the app's own engine and index
 * files: what the first query downloads (the first step of shards, newest
 * first; bench the rest with the whole index loaded as the worst case, in one
 * index per step as the search page holds it), and query-to-results time over
 * 50 queries, median and 95th percentile, once that index is loaded (and
 * the p95 of each query's median over three passes). Excludes
 * rendering, which the page measurement covers.
 */
export async function benchSearchEngine(dataDir: string) {
  const read = async (path: string) => readFile(join(dataDir, 'search', path), 'utf8')
  const manifest = v.parse(searchManifestSchema, JSON.parse(await read('index.json')))
  // Every step a reader can take, so the last one reaches the oldest shard.
  const depths = stepDepths(manifest.shards, stepsToEnd(manifest.shards))
  const firstDepth = depths[0] ?? 0
  /** Shards read, validated and packed as the app's shard worker does (src/data/fetch-search-shard.ts). */
  const readShards = async (refs: readonly SearchShardRef[]) => {
    const shards: DecodedShard[] = []
    let raw = 0
    let gzip = 0
    for (const ref of refs) {
      const text = await read(`${ref.id}.json`)
      raw += text.length
      gzip += gzipSync(text).length
      shards.push(decodeShard(v.parse(searchShardSchema, JSON.parse(text))))
    }
    return { shards, raw, gzip }
  }
  const timed = <T>(make: () => T) => {
    const started = performance.now()
    const value = make()
    return { value, ms: performance.now() - started }
  }
  // The first step alone, as the page has it before "Search older digests":
  // the older shards are parsed (and their garbage made) after it is timed.
  const newest = await readShards(manifest.shards.slice(0, firstDepth))
  const firstStep = timed(() => indexesByStep(newest.shards, [firstDepth]))
  const first = firstStep.value[0]
  if (!first) throw new Error('the search index has no shard')
  const queries = queriesFrom(first.docs.map((doc) => doc.t))
  /** One pass over the queries: each one's ms, and the hits they found. */
  const pass = (loaded: LoadedIndex[]) => {
    const times: number[] = []
    let hits = 0
    for (const input of queries) {
      const started = performance.now()
      // What the page does: count the hits, and rank its first page of them.
      const outcome = searchShards(loaded, parseQuery(input))
      outcome.best(RESULTS_PAGE_SIZE)
      hits += outcome.count
      times.push(performance.now() - started)
    }
    return { times, hits }
  }
  const time = (loaded: LoadedIndex[], passes: number) => {
    // The first pass straight after loading, as a reader's query meets it:
    // it pays what the first queries pay once (compiling, and collecting the
    // garbage of the shards just parsed).
    const first = pass(loaded)
    // Then more: each query's median over the passes is its own cost with
    // less of the shared machine's noise (single passes moved the whole
    // index's p95 by 20 ms from one run to the next).
    const more = Array.from({ length: passes - 1 }, () => pass(loaded))
    const medians = first.times.map((ms, at) => median([ms, ...more.map((p) => p.times[at] ?? ms)]))
    return {
      medianMs: round(median(first.times), 2),
      p95Ms: round(percentile(first.times, 95), 2),
      /** The 95th percentile of each query's median over the passes. */
      p95OfMediansMs: round(percentile(medians, 95), 2),
      meanHits: round(first.hits / queries.length, 1),
    }
  }
  const firstStepTimes = time(firstStep.value, 1)
  const before = memoryInUseMb()
  const older = await readShards(manifest.shards.slice(firstDepth))
  const wholeIndex = timed(() => indexesByStep([...newest.shards, ...older.shards], depths))
  // Timed before the memory is taken: the collection that takes it would
  // spare the first pass the garbage of the shards just parsed.
  const wholeIndexTimes = time(wholeIndex.value, 3)
  // What the search page holds once every step is loaded: the shards as its
  // cache keeps them and the step indexes built from them (`wholeIndex` is
  // still read below, so they are still held).
  const wholeIndexMb = memoryInUseMb() - before
  return {
    shards: manifest.shards.length,
    queries: queries.length,
    firstStep: {
      shards: firstDepth,
      rawKb: round(newest.raw / 1024),
      gzipKb: round(newest.gzip / 1024),
      /** Building the step's index from its validated shards. */
      loadMs: round(firstStep.ms),
      ...firstStepTimes,
    },
    wholeIndex: {
      steps: depths.length,
      rawKb: round((newest.raw + older.raw) / 1024),
      gzipKb: round((newest.gzip + older.gzip) / 1024),
      loadMs: round(wholeIndex.ms),
      /** Memory the older steps' shards and the step indexes hold, after a full collection. */
      memoryMb: round(wholeIndexMb),
      ...wholeIndexTimes,
    },
  }
}
