import { expect, type Page, test } from '@playwright/test'
import * as v from 'valibot'
import { archiveDates } from '../src/schema/archive-dates'
import { siteIndexSchema } from '../src/schema/site-index'

// The feeds the ingest writes (src/ingest/feeds.ts), read the way a feed
// reader reads them: the Atom file through the browser's XML parser, the JSON
// Feed as JSON. Their links must open the right pages of the app.

interface FeedEntry {
  title: string
  url: string
  episodes: { title: string; url: string }[]
}

/** Parses Atom in the page with DOMParser; a parser error fails the test. */
async function parseAtom(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.querySelector('parsererror')
    if (error) return { error: error.textContent ?? 'parser error', entries: [] }
    const ns = 'http://www.w3.org/2005/Atom'
    const child = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name)[0]
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => {
      const html = child(entry, 'content')?.textContent ?? ''
      const body = new DOMParser().parseFromString(html, 'text/html').body
      return {
        title: child(entry, 'title')?.textContent ?? '',
        url: child(entry, 'link')?.getAttribute('href') ?? '',
        updated: child(entry, 'updated')?.textContent ?? '',
        episodes: [...body.querySelectorAll('a')].map((a) => ({
          title: a.textContent ?? '',
          url: a.getAttribute('href') ?? '',
        })),
      }
    })
    return {
      error: null,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      entries,
    }
  }, xml)
}

function pathOf(url: string): string {
  return new URL(url).pathname
}

test('the page head links both feeds', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/feed.atom',
  )
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    'href',
    '/feed.json',
  )
})

test('the Atom and JSON feeds are valid and list the newest digests with their episodes', async ({
  page,
  request,
}) => {
  const index = v.parse(siteIndexSchema, await (await request.get('/data/index.json')).json())
  const newest = archiveDates(index.months).slice(0, 50)

  const atomResponse = await request.get('/feed.atom')
  expect(atomResponse.ok()).toBe(true)
  expect(atomResponse.headers()['content-type']).toMatch(/xml/)
  await page.goto('/')
  const atom = await parseAtom(page, await atomResponse.text())
  expect(atom.error).toBeNull()
  expect(atom.root).toBe('http://www.w3.org/2005/Atom feed')
  expect(atom.entries.map((entry) => pathOf(entry.url))).toEqual(
    newest.map((date) => `/digests/${date}`),
  )
  expect(atom.entries[0]?.updated).toBe(`${newest[0]}T00:00:00Z`)

  const json = await (await request.get('/feed.json')).json()
  expect(json.version).toBe('https://jsonfeed.org/version/1.1')
  expect(pathOf(json.feed_url)).toBe('/feed.json')
  expect(json.items).toHaveLength(newest.length)
  const items: FeedEntry[] = json.items.map(
    (item: { title: string; url: string; _digest: FeedEntry }) => ({
      title: item.title,
      url: item.url,
      episodes: item._digest.episodes,
    }),
  )
  // Both formats say the same thing.
  expect(items.map((item) => item.title)).toEqual(atom.entries.map((entry) => entry.title))
  expect(items.flatMap((item) => item.episodes.map((episode) => episode.url))).toEqual(
    atom.entries.flatMap((entry) => entry.episodes.map((episode) => episode.url)),
  )

  // Every episode of the newest digest is listed, with a link to its page.
  const latest = await (await request.get(`/data/digests/${newest[0]}.json`)).json()
  expect(items[0]?.episodes.map((episode) => pathOf(episode.url))).toEqual(
    latest.episodes.map((episode: { slug: string }) => `/digests/${newest[0]}/${episode.slug}`),
  )
})

test("the feed's links open the digest and each episode", async ({ page, request }) => {
  const json = await (await request.get('/feed.json')).json()
  const item = json.items[0]
  expect(item).toBeDefined()

  await page.goto(pathOf(item.url))
  await expect(page.locator('h1')).toHaveText(item.title)
  for (const episode of item._digest.episodes) {
    await page.goto(pathOf(episode.url))
    await expect(page.locator('h1')).toHaveText(episode.title)
  }
})

test('the ingest report is not published with the site', async ({ request }) => {
  // Written beside public/data, the report was copied into every build: local
  // file names and ~20 MB at 10,000 digests (scripts/build/leave-out-ingest-reports.ts).
  // The preview server answers an unknown path with the app shell, so the
  // status says nothing: what is served must not be the report.
  for (const path of ['/ingest-report.json', '/ingest-report.failed.json']) {
    const response = await request.get(path)
    expect(response.headers()['content-type'] ?? '', path).not.toMatch(/json/)
    expect(await response.text(), path).not.toContain('"documents"')
  }
})
