// The second server of the end-to-end run: the same build with a generated
// 1,000-digest archive as its data (scripts/scale-site.ts), for e2e/scale.spec.ts.
const mainPort = Number(process.env.E2E_PORT ?? 4174)

export const scalePort = Number(process.env.E2E_SCALE_PORT ?? mainPort + 1)
export const scaleBaseURL = `http://127.0.0.1:${scalePort}`
/** What scripts/scale-site.ts generates (seed 7, ending the day before the pinned "today"). */
export const SCALE_DIGESTS = 1000
export const SCALE_LATEST = '2026-11-23'
