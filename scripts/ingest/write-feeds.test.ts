import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Digest } from '../../src/schema/digest'
import type { SiteIndex } from '../../src/schema/site-index'
import { writeFeeds } from './write-feeds'

// The feeds are read back from the published folder: they list what the app
// serves, newest first, and land beside the data folder.

let work: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'write-feeds-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

function digest(date: string): Digest {
  return {
    date,
    site: 'Digestly',
    title: `Digest of ${date}`,
    topPodcasts: [],
    episodes: [
      {
        slug: 'an-episode',
        podcast: 'All-In Podcast',
        podcastSlug: 'all-in-podcast',
        title: 'An episode',
        oneLine: 'One line.',
        summary: 'Summary.',
        keyPoints: [],
        sections: [],
        topics: [],
      },
    ],
  }
}

async function publish(dates: string[]): Promise<string> {
  const data = join(work, 'public/data')
  await mkdir(join(data, 'digests'), { recursive: true })
  const index: SiteIndex = {
    version: 1,
    site: 'Digestly',
    latest: dates[0] ?? null,
    digestCount: dates.length,
    months: [{ month: '2025-02', count: dates.length, dates }],
    podcasts: [],
    postCount: 0,
  }
  await writeFile(join(data, 'index.json'), JSON.stringify(index))
  for (const date of dates) {
    await writeFile(join(data, 'digests', `${date}.json`), JSON.stringify(digest(date)))
  }
  return data
}

describe('writeFeeds', () => {
  it('writes feed.atom and feed.json beside the data folder, with the given site URL', async () => {
    const data = await publish(['2025-02-03', '2025-02-02'])
    const written = await writeFeeds(data, 'https://digests.example.org/')
    expect(written).toEqual([join(work, 'public/feed.atom'), join(work, 'public/feed.json')])
    // No temporary file is left behind.
    expect((await readdir(join(work, 'public'))).sort()).toEqual(['data', 'feed.atom', 'feed.json'])

    const json = JSON.parse(await readFile(join(work, 'public/feed.json'), 'utf8'))
    expect(json.items.map((item: { url: string }) => item.url)).toEqual([
      'https://digests.example.org/digests/2025-02-03',
      'https://digests.example.org/digests/2025-02-02',
    ])
    const atom = await readFile(join(work, 'public/feed.atom'), 'utf8')
    expect(atom).toContain('<id>https://digests.example.org/digests/2025-02-03</id>')
  })

  it('uses the local preview address when SITE_URL is unset or empty', async () => {
    const data = await publish(['2025-02-03'])
    await writeFeeds(data, '')
    const json = JSON.parse(await readFile(join(work, 'public/feed.json'), 'utf8'))
    expect(json.feed_url).toBe('http://localhost:4173/feed.json')
  })

  it('refuses a SITE_URL that is not an http(s) address, before writing anything', async () => {
    const data = await publish(['2025-02-03'])
    await expect(writeFeeds(data, 'ftp://example.org')).rejects.toThrow(/SITE_URL/)
    expect(await readdir(join(work, 'public'))).toEqual(['data'])
  })
})
