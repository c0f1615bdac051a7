// For unit tests of pages that fetch published files: `fetch` answers
// `/data/<path>` from `files` (404 for anything else) and records each path
// asked for, so a test can say what a page fetched and in what order.
import { vi } from 'vitest'
import type { EpisodeRef } from '../../src/schema/site-index'

export function serveDataFiles(files: Readonly<Record<string, unknown>>): string[] {
  const requested: string[] = []
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^.*\/data\//, '')
    requested.push(path)
    const body = files[path]
    return body
      ? new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
      : new Response('', { status: 404 })
  })
  return requested
}

/** Episode `n` of a show on every day from January 1st of `year` (1 is the oldest). */
export function dailyEpisode(n: number, year: number): EpisodeRef {
  const date = new Date(Date.UTC(year, 0, n)).toISOString().slice(0, 10)
  return {
    date,
    slug: `episode-${n}`,
    podcast: 'Daily Show',
    podcastSlug: 'daily-show',
    title: `Episode ${n}`,
    oneLine: null,
  }
}

/** Episodes `from` to `to` of `dailyEpisode`, newest first. */
export function dailyEpisodes(from: number, to: number, year: number): EpisodeRef[] {
  return Array.from({ length: to - from + 1 }, (_, i) => dailyEpisode(to - i, year))
}
