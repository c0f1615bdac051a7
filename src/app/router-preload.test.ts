import { describe, expect, it, vi } from 'vitest'

// Which page module preloadPage asks for: each page is replaced by a module
// that notes its own loading (a module runs once, when first imported).
const { loaded, page } = vi.hoisted(() => {
  const loaded = new Set<string>()
  const page = (name: string) => () => {
    loaded.add(name)
    return { Component: () => null }
  }
  return { loaded, page }
})
vi.mock('../features/digests/overview-page', page('overview'))
vi.mock('../features/digests/archive-page', page('archive'))
vi.mock('../features/digests/digest-page', page('day'))
vi.mock('../features/episodes/episode-page', page('episode'))
vi.mock('../features/podcasts/podcast-list-page', page('podcasts'))
vi.mock('../features/podcasts/podcast-page', page('podcast'))
vi.mock('../features/commentary/post-list-page', page('posts'))
vi.mock('../features/commentary/post-page', page('post'))
vi.mock('../features/bookmarks/bookmarks-page', page('bookmarks'))
vi.mock('../features/search/search-page', page('search'))

/** The page modules loaded after preloading `pathname` (each test starts from none). */
async function preloaded(pathname: string, expectSome: boolean): Promise<string[]> {
  vi.resetModules()
  loaded.clear()
  const { preloadPage } = await import('./router')
  preloadPage(pathname)
  if (expectSome) await vi.waitFor(() => expect(loaded.size).toBeGreaterThan(0))
  // Time for a wrong import to land as well.
  await new Promise((resolve) => setTimeout(resolve, 100))
  return [...loaded]
}

describe('preloadPage', () => {
  it.each([
    ['/', 'overview'],
    ['/digests', 'archive'],
    ['/digests/2025-02-03', 'day'],
    ['/digests/2025-02-03/the-reasoning-models-debate', 'episode'],
    ['/podcasts', 'podcasts'],
    ['/podcasts/lex-fridman-podcast', 'podcast'],
    ['/commentary', 'posts'],
    ['/commentary/a-post', 'post'],
    ['/bookmarks', 'bookmarks'],
    ['/search', 'search'],
  ])('asks for the page of %s and no other', async (pathname, name) => {
    expect(await preloaded(pathname, true)).toEqual([name])
  })

  it.each(['/no/such/page', '/digests/2025-02-03/a/b', '/constructor', '/__proto__'])(
    'asks for nothing at %s',
    async (pathname) => {
      expect(await preloaded(pathname, false)).toEqual([])
    },
  )
})
