// `npm run prerender -- [--dist dist] [--days 30] [--renderer .prerender/entry-prerender.js]`: after `vite build` (and
// the server build of src/entry-prerender.tsx), writes HTML for the newest
// digests, their episodes and the commentary posts (scripts/prerender/).

import { option } from './cli-option'
import {
  DEFAULT_PRERENDER_DAYS,
  prerenderSite,
  RENDERER,
  removePrerendered,
} from './prerender/prerender-site'

const dist = option('dist', 'dist')
const renderer = option('renderer', RENDERER)
const days = Number(option('days', String(DEFAULT_PRERENDER_DAYS)))
if (!Number.isInteger(days) || days < 0) {
  console.error(`prerender: --days must be a whole number, not "${option('days', '')}"`)
  process.exit(2)
}
const started = performance.now()
await removePrerendered(dist)
const written = await prerenderSite({ dist, days, renderer })
console.log(
  `prerender: ${written.length} pages for the newest ${days} digests, the archive, the podcasts and their pages, the commentary and its posts, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
)
