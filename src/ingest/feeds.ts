import { cutAtWord, firstSentence } from '../schema/cut-at-word'
import type { Digest, Episode } from '../schema/digest'

// The digests as an Atom feed (RFC 4287) and a JSON Feed 1.1: one entry per
// digest, newest first, each listing its episodes with links into the app.
// Pure (no I/O): the CLI reads the published digests and writes the files
// (scripts/ingest/write-feeds.ts). Feeds need absolute URLs, so the site's
// address is an input, never guessed.

/** What a feed entry needs of a digest: a full `Digest` fits. */
export type FeedDigest = Pick<Digest, 'date' | 'site' | 'title'> & {
  episodes: Pick<Episode, 'slug' | 'podcast' | 'title' | 'oneLine' | 'summary'>[]
}

export interface FeedOptions {
  /** Where the app is served, e.g. `https://digests.example.org` (a path prefix is kept). */
  siteUrl: string
  /** Newest entries kept; feed readers poll the whole file, so it stays small. */
  limit?: number
}

export const FEED_LIMIT = 50
export const ATOM_PATH = 'feed.atom'
export const JSON_FEED_PATH = 'feed.json'
/** An episode's line in the feed: its Top Podcast line, else its summary cut to about this length. */
const LINE_LENGTH = 200
const APP_NAME = 'Digest Reader'

export interface FeedEpisode {
  podcast: string
  title: string
  /** One line about the episode (its Top Podcast line, else the start of its summary). */
  summary: string
  url: string
}

export interface FeedEntry {
  date: string
  title: string
  url: string
  /** Midnight UTC of the digest's date: deterministic, so an unchanged archive gives the same file. */
  updated: string
  episodes: FeedEpisode[]
}

export interface Feed {
  title: string
  site: string
  homeUrl: string
  atomUrl: string
  jsonUrl: string
  updated: string
  entries: FeedEntry[]
}

/**
 * `http(s)://host[/path]` without a trailing slash. Anything else is refused:
 * a feed with relative or `javascript:` links would be worse than none.
 */
export function normalizeSiteUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL (expected e.g. https://digests.example.org)`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${raw}" must start with http:// or https://`)
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must not have a query or a fragment`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** The feed model both formats are written from: newest `limit` digests, one per date. */
export function buildFeed(digests: readonly FeedDigest[], options: FeedOptions): Feed {
  const base = normalizeSiteUrl(options.siteUrl)
  const limit = options.limit ?? FEED_LIMIT
  const byDate = new Map<string, FeedDigest>()
  for (const digest of digests) byDate.set(digest.date, digest)
  const newest = [...byDate.values()]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, Math.max(0, limit))
  const site = newest[0]?.site ?? 'Digestly'
  const entries = newest.map((digest): FeedEntry => {
    const url = `${base}/digests/${encodeURIComponent(digest.date)}`
    return {
      date: digest.date,
      title: digest.title,
      url,
      updated: `${digest.date}T00:00:00Z`,
      episodes: digest.episodes.map((episode) => ({
        podcast: episode.podcast,
        title: episode.title,
        summary: oneLine(episode),
        url: `${url}/${encodeURIComponent(episode.slug)}`,
      })),
    }
  })
  return {
    title: `${site}: daily podcast digests`,
    site,
    homeUrl: `${base}/`,
    atomUrl: `${base}/${ATOM_PATH}`,
    jsonUrl: `${base}/${JSON_FEED_PATH}`,
    // An empty archive still needs a valid <updated>: the epoch says "never".
    updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z',
    entries,
  }
}

/** The Top Podcast line when there is one, else the summary's first sentence, at most ~200 characters. */
export function oneLine(episode: Pick<Episode, 'oneLine' | 'summary'>): string {
  const line = (episode.oneLine ?? '').trim() || firstSentence(episode.summary.trim())
  return cutAtWord(line.replace(/\s+/g, ' '), LINE_LENGTH)
}

// Characters XML 1.0 cannot carry at all, even escaped: C0 controls other
// than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. One stray byte of a
// damaged document would otherwise make the whole feed unparsable.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The same rules for HTML text: the HTML is then escaped again to sit inside XML. */
const escapeHtml = escapeXml

/** An entry's body as HTML: the list of episodes, each linking to its page. */
export function entryHtml(entry: FeedEntry): string {
  const items = entry.episodes.map(
    (episode) =>
      `<li><a href="${escapeHtml(episode.url)}">${escapeHtml(episode.podcast)}: ${escapeHtml(episode.title)}</a>` +
      (episode.summary ? ` — ${escapeHtml(episode.summary)}` : '') +
      '</li>',
  )
  return `<p>${entry.episodes.length} ${entry.episodes.length === 1 ? 'episode' : 'episodes'}:</p><ul>${items.join('')}</ul>`
}

/** A plain-text digest of the entry for readers that show no HTML. */
export function entryText(entry: FeedEntry): string {
  return entry.episodes
    .map((episode) => {
      const head = `${episode.podcast}: ${episode.title}`
      return episode.summary ? `${head} — ${episode.summary}` : head
    })
    .join('\n')
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${entry.updated}</published>`,
      `    <updated>${entry.updated}</updated>`,
      `    <summary>${escapeXml(entryText(entry))}</summary>`,
      `    <content type="html">${escapeXml(entryHtml(entry))}</content>`,
      '  </entry>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.homeUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>Each day's digest: the episodes it covers, with links to read them in ${APP_NAME}.</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${escapeXml(feed.site)}</name></author>`,
    `  <generator>${APP_NAME}</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1); `_digest` is an extension key (leading underscore, per the spec). */
export function renderJsonFeed(feed: Feed): string {
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    description: `Each day's digest: the episodes it covers, with links to read them in ${APP_NAME}.`,
    language: 'en',
    authors: [{ name: feed.site }],
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entryHtml(entry),
      content_text: entryText(entry),
      date_published: entry.updated,
      date_modified: entry.updated,
      _digest: { date: entry.date, episodes: entry.episodes },
    })),
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
