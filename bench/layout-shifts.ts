// Which elements moved, and when, in a cold throttled load: the layout-shift
// entries with their sources, for finding a CLS the benchmark reports.
//   npx tsx bench/layout-shifts.ts --dir bench/.work/dist-1000 /digests/<date>/<slug>

import { option } from '../scripts/cli-option'
import { coldPage, launch } from './page-timing'
import { serve, stop } from './site'

const dir = option('dir', 'bench/.work/dist-1000')
const port = Number(option('port', '4330'))
const path = process.argv.at(-1) ?? '/'

// A string, not a function: see page-timing.ts.
const observer = `(() => {
  window.__shifts = []
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node && node.nodeName)
    const text = (node.textContent || '').trim().slice(0, 40)
    return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + '.' + String(node.className).split(' ').slice(0, 4).join('.') + ' "' + text + '"'
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        at: Math.round(entry.startTime),
        value: Number(entry.value.toFixed(4)),
        recentInput: entry.hadRecentInput,
        sources: entry.sources.map((s) => ({
          node: describe(s.node),
          // x,y width x height
          from: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height].map(Math.round).join(' '),
          to: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height].map(Math.round).join(' '),
        })),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
})()`

const server = await serve(dir, port)
const browser = await launch()
try {
  const page = await coldPage(browser)
  await page.addInitScript({ content: observer })
  await page.goto(`http://127.0.0.1:${port}${path}`)
  await page.waitForTimeout(6000)
  console.log(JSON.stringify(await page.evaluate('window.__shifts'), null, 2))
  await page.context().close()
} finally {
  await browser.close()
  stop(server)
}
