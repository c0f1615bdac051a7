// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  buildFeed,
  escapeXml,
  FEED_LIMIT,
  type FeedDigest,
  normalizeSiteUrl,
  oneLine,
  renderAtom,
  renderJsonFeed,
} from './feeds'

// jsdom gives a real XML parser (DOMParser), so the Atom output is checked
// the way a feed reader reads it, not by string matching.

function digest(date: string, overrides: Partial<FeedDigest> = {}): FeedDigest {
  return {
    date,
    site: 'Digestly',
    title: `Digest of ${date}`,
    episodes: [
      {
        slug: 'first-episode',
        podcast: 'All-In Podcast',
        title: 'First episode',
        oneLine: 'Why the market moved.',
        summary: 'A long summary. With two sentences.',
      },
      {
        slug: 'second-episode',
        podcast: 'Hard Fork',
        title: 'Second episode',
        oneLine: null,
        summary: 'Summary used as the line. Not this part.',
      },
    ],
    ...overrides,
  }
}

const SITE = 'https://digests.example.org'
const ATOM = 'http://www.w3.org/2005/Atom'

function parseAtom(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const error = doc.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed: ${error.textContent}`)
  return doc
}

function atomEntries(doc: Document) {
  return [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
    title: entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent,
    id: entry.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent,
    link: entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'),
    updated: entry.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent,
    content: entry.getElementsByTagNameNS(ATOM, 'content')[0]?.textContent ?? '',
  }))
}

describe('normalizeSiteUrl', () => {
  it('drops a trailing slash and keeps a path prefix', () => {
    expect(normalizeSiteUrl('http://localhost:4173/')).toBe('http://localhost:4173')
    expect(normalizeSiteUrl(' https://example.org/reader/ ')).toBe('https://example.org/reader')
  })

  it('refuses what would make links relative or unsafe', () => {
    expect(() => normalizeSiteUrl('digests.example.org')).toThrow(/not a URL/)
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow(/http/)
    expect(() => normalizeSiteUrl('https://example.org/?a=1')).toThrow(/query/)
  })
})

describe('buildFeed', () => {
  it('keeps the newest entries, one per date, newest first', () => {
    const digests = Array.from({ length: 60 }, (_, i) =>
      digest(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)),
    )
    const feed = buildFeed([...digests].reverse(), { siteUrl: SITE })
    expect(feed.entries).toHaveLength(FEED_LIMIT)
    const dates = feed.entries.map((entry) => entry.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0]).toBe('2025-03-01')
    expect(buildFeed(digests, { siteUrl: SITE, limit: 3 }).entries).toHaveLength(3)
  })

  it('keeps the last of two digests for one date', () => {
    const feed = buildFeed([digest('2025-02-03'), digest('2025-02-03', { title: 'Re-sent' })], {
      siteUrl: SITE,
    })
    expect(feed.entries.map((entry) => entry.title)).toEqual(['Re-sent'])
  })

  it('links each digest and episode to its page in the app', () => {
    const feed = buildFeed([digest('2025-02-03')], { siteUrl: `${SITE}/reader/` })
    const [entry] = feed.entries
    expect(entry?.url).toBe(`${SITE}/reader/digests/2025-02-03`)
    expect(entry?.episodes.map((episode) => episode.url)).toEqual([
      `${SITE}/reader/digests/2025-02-03/first-episode`,
      `${SITE}/reader/digests/2025-02-03/second-episode`,
    ])
    expect(feed.atomUrl).toBe(`${SITE}/reader/feed.atom`)
    expect(feed.jsonUrl).toBe(`${SITE}/reader/feed.json`)
  })

  it('an empty archive is still a valid feed', () => {
    const feed = buildFeed([], { siteUrl: SITE })
    expect(feed.entries).toEqual([])
    expect(atomEntries(parseAtom(renderAtom(feed)))).toEqual([])
    expect(JSON.parse(renderJsonFeed(feed)).items).toEqual([])
  })
})

describe('oneLine', () => {
  it('prefers the Top Podcast line, else the first sentence of the summary', () => {
    expect(oneLine({ oneLine: ' Why it moved. ', summary: 'x' })).toBe('Why it moved.')
    expect(oneLine({ oneLine: null, summary: 'First one. Second.' })).toBe('First one.')
    expect(oneLine({ oneLine: '', summary: 'No full stop at all' })).toBe('No full stop at all')
  })

  it('cuts a long line at a word, with an ellipsis', () => {
    const line = oneLine({ oneLine: null, summary: 'word '.repeat(100) })
    expect(line.length).toBeLessThanOrEqual(200)
    expect(line).toMatch(/word…$/)
  })

  it('keeps the word that ends where the line must end, as post excerpts do', () => {
    // The 200th character is a space: the 40th word fits whole (it was dropped).
    expect(oneLine({ oneLine: null, summary: 'abcd '.repeat(50) })).toBe(
      `${'abcd '.repeat(39)}abcd…`,
    )
  })
})

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;',
    )
  })

  it('drops characters XML cannot carry, keeps emoji and tabs', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\tf\n')).toBe('abcde\tf\n')
    expect(escapeXml('lone \uD83D high, lone \uDCB0 low, 💰 pair')).toBe(
      'lone  high, lone  low, 💰 pair',
    )
  })
})

describe('renderAtom', () => {
  const hostile = digest('2025-02-03', {
    title: 'Tariffs & <script>alert("x")</script> \u0001',
    episodes: [
      {
        slug: 'a-b',
        podcast: 'Q&A <Live>',
        title: `"Quotes" & 'apostrophes' ]]> 💰`,
        oneLine: '<img src=x onerror=alert(1)>',
        summary: '',
      },
    ],
  })

  it('the well-formedness check itself catches broken XML', () => {
    expect(() => parseAtom('<feed><title>a & b</title></feed>')).toThrow()
  })

  it('is well-formed XML whatever the text, and reads back exactly', () => {
    const doc = parseAtom(renderAtom(buildFeed([hostile, digest('2025-02-02')], { siteUrl: SITE })))
    const root = doc.documentElement
    expect(root.namespaceURI).toBe(ATOM)
    expect(root.localName).toBe('feed')
    const entries = atomEntries(doc)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({
      title: 'Tariffs & <script>alert("x")</script> ',
      id: `${SITE}/digests/2025-02-03`,
      link: `${SITE}/digests/2025-02-03`,
      updated: '2025-02-03T00:00:00Z',
    })
    expect(entries[1]?.title).toBe('Digest of 2025-02-02')
  })

  it('carries the episodes as escaped HTML: links into the app, markup from the text stays text', () => {
    const doc = parseAtom(renderAtom(buildFeed([hostile], { siteUrl: SITE })))
    const html = atomEntries(doc)[0]?.content ?? ''
    const body = new DOMParser().parseFromString(html, 'text/html').body
    const links = [...body.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`${SITE}/digests/2025-02-03/a-b`])
    expect(links[0]?.textContent).toBe(`Q&A <Live>: "Quotes" & 'apostrophes' ]]> 💰`)
    expect(body.querySelector('img, script')).toBeNull()
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>')
  })

  it('names itself, its site and its newest date', () => {
    const doc = parseAtom(renderAtom(buildFeed([digest('2025-02-03')], { siteUrl: SITE })))
    const self = [...doc.getElementsByTagNameNS(ATOM, 'link')].find(
      (link) => link.getAttribute('rel') === 'self',
    )
    expect(self?.getAttribute('href')).toBe(`${SITE}/feed.atom`)
    const updated = [...doc.documentElement.children].find((el) => el.localName === 'updated')
    expect(updated?.textContent).toBe('2025-02-03T00:00:00Z')
  })
})

describe('renderJsonFeed', () => {
  it('is JSON Feed 1.1 with one item per digest and its episodes', () => {
    const feed = JSON.parse(
      renderJsonFeed(buildFeed([digest('2025-02-02'), digest('2025-02-03')], { siteUrl: SITE })),
    )
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(`${SITE}/feed.json`)
    expect(feed.home_page_url).toBe(`${SITE}/`)
    expect(feed.items).toHaveLength(2)
    const [item] = feed.items
    expect(item).toMatchObject({
      id: `${SITE}/digests/2025-02-03`,
      url: `${SITE}/digests/2025-02-03`,
      title: 'Digest of 2025-02-03',
      date_published: '2025-02-03T00:00:00Z',
    })
    expect(item._digest.episodes).toEqual([
      {
        podcast: 'All-In Podcast',
        title: 'First episode',
        summary: 'Why the market moved.',
        url: `${SITE}/digests/2025-02-03/first-episode`,
      },
      {
        podcast: 'Hard Fork',
        title: 'Second episode',
        summary: 'Summary used as the line.',
        url: `${SITE}/digests/2025-02-03/second-episode`,
      },
    ])
    expect(item.content_text).toBe(
      'All-In Podcast: First episode — Why the market moved.\nHard Fork: Second episode — Summary used as the line.',
    )
  })

  it('is deterministic: the same archive gives the same bytes', () => {
    const digests = [digest('2025-02-02'), digest('2025-02-03')]
    expect(renderJsonFeed(buildFeed(digests, { siteUrl: SITE }))).toBe(
      renderJsonFeed(buildFeed([...digests].reverse(), { siteUrl: SITE })),
    )
    expect(renderAtom(buildFeed(digests, { siteUrl: SITE }))).toBe(
      renderAtom(buildFeed([...digests].reverse(), { siteUrl: SITE })),
    )
  })
})
