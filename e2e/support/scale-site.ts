import type { APIRequestContext } from '@playwright/test'
import { archiveDates } from '../../src/schema/archive-dates'
import type { Digest } from '../../src/schema/digest'
import type { SiteIndex } from '../../src/schema/site-index'

// The second server of the end-to-end run: the same build with a generated
// 1,000-digest archive as its data (scripts/scale-site.ts), for e2e/scale.spec.ts.
const mainPort = Number(process.env.E2E_PORT ?? 4174)

export const scalePort = Number(process.env.E2E_SCALE_PORT ?? mainPort + 1)
export const scaleBaseURL = `http://127.0.0.1:${scalePort}`
/** What scripts/scale-site.ts generates (seed 7, ending the day before the pinned "today"). */
export const SCALE_DIGESTS = 1000
export const SCALE_LATEST = '2026-11-23'

/**
 * The generated archive's digests, oldest first (pages the app renders, not
 * prerendered ones, come first), read through `request` of the scale site.
 */
export async function* scaleDigestsOldestFirst(request: APIRequestContext): AsyncGenerator<Digest> {
  const index: SiteIndex = await (await request.get('/data/index.json')).json()
  for (const date of [...archiveDates(index.months)].reverse()) {
    yield await (await request.get(`/data/digests/${date}.json`)).json()
  }
}
