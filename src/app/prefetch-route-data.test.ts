import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../lib/query-client'
import { prefetchRouteData } from './prefetch-route-data'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('prefetchRouteData', () => {
  it('asks for the search index on a cold /search, with the site index', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }))
    vi.stubGlobal('fetch', fetch)
    prefetchRouteData(createQueryClient(), '/search')
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map((call: unknown[]) => String(call[0]))).toEqual(
        expect.arrayContaining(['/data/index.json', '/data/search/index.json']),
      ),
    )
  })

  it('asks for no search file elsewhere', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }))
    vi.stubGlobal('fetch', fetch)
    prefetchRouteData(createQueryClient(), '/bookmarks')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fetch.mock.calls.map((call: unknown[]) => String(call[0]))).toEqual(['/data/index.json'])
  })

  it('settles once the page’s file is in, and when it fails', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('1999-07-09.json')
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify({ notADigest: true })),
    )
    vi.stubGlobal('fetch', fetch)
    const client = createQueryClient()
    await expect(prefetchRouteData(client, '/digests/1999-07-09/an-episode')).resolves.toBe(
      undefined,
    )
    expect(fetch.mock.calls.map((call: unknown[]) => String(call[0]))).toContain(
      '/data/digests/1999-07-09.json',
    )
    expect(client.getQueryState(['digest', '1999-07-09'])?.status).toBe('error')
  })

  it('asks for the podcast’s file for the archive filtered by podcast, and no podcast file for a day', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }))
    vi.stubGlobal('fetch', fetch)
    const client = createQueryClient()
    await prefetchRouteData(client, '/digests', '?podcast=all-in-podcast')
    await prefetchRouteData(client, '/digests/2025-02-03', '?podcast=lex-fridman')
    const asked = fetch.mock.calls.map((call: unknown[]) => String(call[0]))
    expect(asked).toContain('/data/podcasts/all-in-podcast.json')
    expect(asked).not.toContain('/data/podcasts/lex-fridman.json')
  })
})
