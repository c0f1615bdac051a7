// A quick A/B of pages already built (no ingest, no build): cold loads under
// 4x CPU slowdown, interleaved, median of --runs, of each path given, with the
// time its content shows, first contentful paint and LCP. For trying variants
// of a prerendered page by hand-editing copies of it in a built site:
//   npx tsx bench/compare-pages.ts --dir bench/.work/dist-1 --runs 7 \
//     /static-episode.html /digests/<date>/<slug> /digests/<date>/<slug>-variant
// A path is watched for CONTENT.episode, or CONTENT.staticEpisode when it ends
// in static-episode.html; --traces N also records N traced loads of each path
// and prints the main thread's time by kind before first paint; `path|selector` names another selector, and
// `dir::path` loads the path from another built site (served on a port of its
// own: a variant with JavaScript must keep its address). --trace FILE
// also writes one throttled load of the second path as a Chromium trace.

import { option } from '../scripts/cli-option'
import { launch, measureLoad, tracedLoad } from './page-timing'
import { serve, stop } from './site'
import { median, round } from './stats'
import { CONTENT } from './time-to-content'
import { summariseTrace } from './trace-summary'

const dir = option('dir', 'bench/.work/dist-1')
const runs = Number(option('runs', '7'))
const port = Number(option('port', '4310'))
const trace = option('trace', '')
const traces = Number(option('traces', '0'))
const valued = new Set(['--dir', '--runs', '--port', '--trace', '--traces'])
const paths = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith('--') && !valued.has(all[i - 1] ?? ''))
if (paths.length === 0) throw new Error('give at least one path to load')

const targets = paths.map((arg) => {
  const [site, rest] = arg.includes('::') ? arg.split('::') : [dir, arg]
  const [path = arg, selector] = (rest ?? arg).split('|')
  return {
    site: site ?? dir,
    path,
    selector:
      selector ?? (path.endsWith('static-episode.html') ? CONTENT.staticEpisode : CONTENT.episode),
    visible: [] as number[],
    fcp: [] as number[],
    lcp: [] as number[],
    cls: 0,
    /** What the page's policy refused in any run (page-timing.ts). */
    refused: new Set<string>(),
  }
})

const sites = [...new Set(targets.map((t) => t.site))]
const servers = await Promise.all(sites.map((site, i) => serve(site, port + i)))
const baseOf = (site: string) => `http://127.0.0.1:${port + sites.indexOf(site)}`
const browser = await launch()
try {
  for (let i = 0; i < runs; i++) {
    for (const target of targets) {
      const url = `${baseOf(target.site)}${target.path}`
      const m = await measureLoad(browser, url, target.selector, 500).catch((error: Error) => {
        console.error(`${target.path}: ${error.message.split('\n')[0]}`)
        return null
      })
      if (!m) continue
      target.visible.push(m.visibleMs)
      target.fcp.push(m.fcpMs)
      target.lcp.push(m.lcpMs)
      target.cls = Math.max(target.cls, m.cls)
      for (const directive of m.refused) target.refused.add(directive)
    }
  }
  const yardstick = median(targets[0]?.visible ?? [])
  console.table(
    targets.map((t) => ({
      path: t.site === dir ? t.path : `${t.site}::${t.path}`,
      visibleMs: round(median(t.visible)),
      fcpMs: round(median(t.fcp)),
      lcpMs: round(median(t.lcp)),
      'x first': round(median(t.visible) / yardstick, 2),
      cls: round(t.cls, 3),
      refused: [...t.refused].join(' ') || '-',
      runs: t.visible.map((v) => Math.round(v)).join(' '),
    })),
  )
  for (const t of targets.filter(({ refused }) => refused.size > 0)) {
    // A hand-edited copy keeps the page's policy, which lists its inline
    // style and script by hash: an edited one is refused, and the copy is
    // measured without it.
    console.warn(
      `${t.path}: its Content-Security-Policy refused ${[...t.refused].join(', ')}: this variant loads without that part (give it a policy that allows it)`,
    )
  }
  if (traces > 0) {
    const rows = []
    for (const [n, target] of targets.entries()) {
      const each: Record<string, number>[] = []
      for (let i = 0; i < traces; i++) {
        // The last one of each page is kept, to open in DevTools.
        const file = `${trace || 'bench/.work/trace'}-${n}.json`
        await tracedLoad(browser, `${baseOf(target.site)}${target.path}`, target.selector, file)
        each.push(await summariseTrace(file))
      }
      const kinds = [...new Set(each.flatMap((e) => Object.keys(e)))]
      rows.push({
        path: target.path.slice(-40),
        ...Object.fromEntries(kinds.map((k) => [k, round(median(each.map((e) => e[k] ?? 0)))])),
      })
    }
    console.log(`Main thread before first paint (ms, median of ${traces} traced loads):`)
    console.table(rows)
  }
  const traced = targets[1] ?? targets[0]
  if (trace && traced && traces === 0) {
    await tracedLoad(browser, `${baseOf(traced.site)}${traced.path}`, traced.selector, trace)
    console.log(`Wrote a trace of ${traced.path} to ${trace}`)
  }
} finally {
  await browser.close()
  for (const server of servers) stop(server)
}
