import { readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import * as v from 'valibot'
import {
  ATOM_PATH,
  buildFeed,
  FEED_LIMIT,
  type FeedDigest,
  JSON_FEED_PATH,
  normalizeSiteUrl,
  renderAtom,
  renderJsonFeed,
} from '../../src/ingest/feeds'
import { archiveDates } from '../../src/schema/archive-dates'
import { digestSchema } from '../../src/schema/digest'
import { siteIndexSchema } from '../../src/schema/site-index'

/** Where `npm start` serves the app; feeds need absolute links, so production sets SITE_URL. */
export const DEFAULT_SITE_URL = 'http://localhost:4173'

/**
 * Writes `feed.atom` and `feed.json` beside the published data folder (so
 * `public/data` gives `public/feed.atom`, served at `/feed.atom`). Runs after
 * the data is published and reads it back from there: the feeds list exactly
 * what the app serves, and only the newest digests are read, never the
 * archive. Each file is written under a temporary name and renamed, so a
 * reader never fetches half a feed.
 */
export async function writeFeeds(
  dataDir: string,
  siteUrl: string | undefined = process.env.SITE_URL,
): Promise<string[]> {
  // A bad SITE_URL is a configuration error: say so before reading anything.
  const site = normalizeSiteUrl(siteUrl || DEFAULT_SITE_URL)
  const index = v.parse(
    siteIndexSchema,
    JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')),
  )
  const dates = archiveDates(index.months).slice(0, FEED_LIMIT)
  const digests: FeedDigest[] = []
  for (const date of dates) {
    const path = join(dataDir, 'digests', `${date}.json`)
    digests.push(v.parse(digestSchema, JSON.parse(await readFile(path, 'utf8'))))
  }
  const feed = buildFeed(digests, { siteUrl: site })
  const files: [name: string, text: string][] = [
    [ATOM_PATH, renderAtom(feed)],
    [JSON_FEED_PATH, renderJsonFeed(feed)],
  ]
  const written: string[] = []
  for (const [name, text] of files) {
    const path = join(dirname(dataDir), name)
    const temporary = `${path}.tmp-${process.pid}`
    await writeFile(temporary, text)
    await rename(temporary, path)
    written.push(path)
  }
  return written
}
