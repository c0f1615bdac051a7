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
})
