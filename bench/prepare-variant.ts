// Builds the app as it is in this checkout into a servable site of its own,
// with the data of an archive the benchmark already ingested, for A/B runs
// of bench/compare-pages.ts against another build (`dir::path`):
//   npx tsx bench/prepare-variant.ts --name base
//   npx tsx bench/compare-pages.ts --runs 15 /static-episode.html \
//     bench/.work/dist-base::/digests/<date>/<slug> bench/.work/dist-new::/digests/<date>/<slug>

import { option } from '../scripts/cli-option'
import { buildApp } from './app-build'
import { prepareSite } from './site'

const name = option('name', 'variant')
const size = option('size', '1')
const app = `bench/.work/app-${name}`
await buildApp(app)
const site = await prepareSite(app, `bench/.work/site-${size}/data`, `bench/.work/dist-${name}`)
console.log(`${site.dir}: episode ${site.episodePath}, older ${site.olderEpisodePath ?? '-'}`)
