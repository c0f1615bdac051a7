import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as v from 'valibot'
import { SITE_FOOTER_ID } from '../../src/app/site-footer-id'
import { digestMeta } from '../../src/features/digests/digest-description'
import { sectionBodyId } from '../../src/features/episodes/section-body-id'
import { trimDescription } from '../../src/lib/use-page-meta'
import { archiveDates } from '../../src/schema/archive-dates'
import { type Digest, digestSchema } from '../../src/schema/digest'
import { postSchema } from '../../src/schema/post'
import {
  monthFileSchema,
  podcastFileSchema,
  postListSchema,
  type SiteIndex,
  siteIndexSchema,
} from '../../src/schema/site-index'
import { criticalCssCache } from './critical-css'
import {
  externalThemeScript,
  inlineStylesheets,
  inlineThemeScript,
  stylesheetsOf,
} from './inline-head'
import { OVERVIEW_FILE } from './overview-file'
import { chunkFiles, type PageHead, pageHtml } from './page-html'
import { emptyShell, paintedShell } from './shell-html'

/**
 * How many of the newest digests are prerendered by default: the days people
 * open from a feed or a shared link; older pages load through the app shell.
 */
export const DEFAULT_PRERENDER_DAYS = 30

/**
 * The list pages' files (listPage): `/digests` from `digests.html`, beside
 * the `digests/` folder, as every prerendered page (see Page.file);
 * vite.config.ts keeps them out of the service worker's precache with the
 * others.
 */
const LIST_FILES = ['digests.html', 'podcasts.html', 'commentary.html']

/** The server build of src/entry-prerender.tsx (`vite build --ssr`). */
export const RENDERER = '.prerender/entry-prerender.js'

type Query = [readonly [string] | readonly [string, string], unknown]
type RenderPage = (url: string, queries: readonly Query[]) => Promise<string>
type RenderShell = () => Promise<string>

interface Page {
  path: string
  /** Under dist/: `vite preview` and common static hosts serve `/a/b` from `a/b.html`. */
  file: string
  route: string
  queries: Query[]
  /** None: the shell's own title, description and tags (the home page describes the site). */
  head?: PageHead
  /** A list page's title alone (see PageParts). */
  title?: string
  firstScreenId?: string
}

export interface PrerenderOptions {
  /** The built site (index.html, .vite/manifest.json, data/). */
  dist: string
  /** How many of the newest digests get HTML of their own (their day and episodes). */
  days: number
  renderer?: string
}

const ROUTES = {
  overview: 'src/features/digests/overview-page.tsx',
  archive: 'src/features/digests/archive-page.tsx',
  podcasts: 'src/features/podcasts/podcast-list-page.tsx',
  podcast: 'src/features/podcasts/podcast-page.tsx',
  posts: 'src/features/commentary/post-list-page.tsx',
  digest: 'src/features/digests/digest-page.tsx',
  episode: 'src/features/episodes/episode-page.tsx',
  post: 'src/features/commentary/post-page.tsx',
}

/**
 * Writes a ready-to-read HTML page for each of the newest `days` digests, each
 * of their episodes and each commentary post, so these paint from the HTML
 * itself instead of after the app's JavaScript and data have loaded. Older
 * pages stay with the app shell: every address works either way. Returns the
 * pages written.
 */
export async function prerenderSite(options: PrerenderOptions): Promise<string[]> {
  const { dist, days } = options
  const renderer = options.renderer ?? RENDERER
  const { renderPage, renderShell } = (await import(pathToFileURL(renderer).href)) as {
    renderPage: RenderPage
    renderShell: RenderShell
  }
  const themeScript = await readFile(join(dist, 'theme-init.js'), 'utf8')
  // As Vite built it: an earlier run painted the app's frame into it and put
  // the theme script inline.
  const built = await readFile(join(dist, 'index.html'), 'utf8')
  const shell = emptyShell(externalThemeScript(built, themeScript))
  const template = inlineThemeScript(shell, themeScript)
  const criticalStyles = await criticalStylesheets(dist, stylesheetsOf(shell))
  const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'))
  const readJson = async (path: string) => JSON.parse(await readFile(join(dist, path), 'utf8'))

  const index = v.parse(siteIndexSchema, await readJson('data/index.json'))
  const pages: Page[] = []
  for (const date of archiveDates(index.months).slice(0, days)) {
    const digest = v.parse(digestSchema, await readJson(`data/digests/${date}.json`))
    if (date === index.latest) pages.push(overviewPage(digest))
    pages.push(...digestPages(digest, date === index.latest))
  }
  const listIndex: Query = [['prerendered-index'], indexCopy(index)]
  // The archive shows its newest month from the HTML; older ones load as shown.
  const newestMonth = index.months[0]?.month
  if (newestMonth) {
    const month = v.parse(monthFileSchema, await readJson(`data/months/${newestMonth}.json`))
    pages.push(
      listPage('/digests', ROUTES.archive, 'Archive', [
        listIndex,
        [['prerendered-month', month.month], month],
      ]),
    )
  }
  pages.push(listPage('/podcasts', ROUTES.podcasts, 'Podcasts', [listIndex]))
  // Each podcast's page, from a copy of its file: a new episode changes it.
  for (const { slug } of index.podcasts) {
    const podcast = v.parse(podcastFileSchema, await readJson(`data/podcasts/${slug}.json`))
    pages.push(
      listPage(`/podcasts/${slug}`, ROUTES.podcast, podcast.name, [
        [['prerendered-podcast', slug], podcast],
      ]),
    )
  }
  const postList = v.parse(postListSchema, await readJson('data/posts.json'))
  pages.push(
    listPage('/commentary', ROUTES.posts, 'Commentary', [[['prerendered-posts'], postList]]),
  )
  const { posts } = postList
  for (const { slug } of posts) {
    const post = v.parse(postSchema, await readJson(`data/posts/${slug}.json`))
    const opening = post.blocks.find((block) => block.type === 'paragraph')
    pages.push({
      path: `/commentary/${slug}`,
      file: `commentary/${slug}.html`,
      route: ROUTES.post,
      queries: [[['post', slug], post]],
      head: {
        title: post.title,
        description: trimDescription(opening?.type === 'paragraph' ? opening.text : post.title),
        type: 'article',
      },
    })
  }

  const written: string[] = []
  for (const page of pages) {
    const body = await renderPage(page.path, page.queries)
    const withBody = pageHtml(template, {
      path: page.path,
      body,
      head: page.head,
      title: page.title,
      queries: page.queries,
      firstScreenId: page.firstScreenId,
      // The page's chunk, and the module that checks the embedded data before hydrating.
      routeChunks: [
        ...new Set([
          ...chunkFiles(manifest, page.route),
          ...chunkFiles(manifest, 'src/app/prerendered-queries.ts'),
        ]),
      ],
    })
    await writeWhole(join(dist, page.file), inlineStylesheets(withBody, criticalStyles(body)))
    written.push(page.file)
  }
  // Last: the pages above were made from the shell with #root empty. The
  // shell's frame paints without waiting for the theme script's request.
  await writeWhole(join(dist, 'index.html'), paintedShell(template, await renderShell()))
  return written
}

/** Written whole, then renamed: a server never sends half a page. */
async function writeWhole(target: string, html: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  await writeFile(`${target}.tmp`, html)
  await rename(`${target}.tmp`, target)
}

/**
 * For the app's markup of one page, the rules of each built stylesheet that
 * it uses, by the stylesheet's address. `dark` is added to every page's
 * classes: the theme script puts it on <html> before the first paint.
 */
async function criticalStylesheets(dist: string, hrefs: readonly string[]) {
  const pruners = await Promise.all(
    hrefs.map(async (href) => {
      const css = await readFile(join(dist, href), 'utf8')
      return [href, criticalCssCache(css, ['dark'])] as const
    }),
  )
  return (body: string): Record<string, string> =>
    Object.fromEntries(pruners.map(([href, critical]) => [href, critical(body)]))
}

/** The overview (`/`): the latest digest's day, rendered from that digest alone. */
function overviewPage(digest: Digest): Page {
  return {
    path: '/',
    file: OVERVIEW_FILE,
    route: ROUTES.overview,
    queries: [
      [['digest', digest.date], digest],
      [['prerendered-latest'], digest.date],
    ],
    // The overview is short: its first screen is all of main. Drawn before
    // the parser reached the end, the filter row grew as its controls
    // arrived (a layout shift).
    firstScreenId: SITE_FOOTER_ID,
  }
}

/**
 * A list page (the archive, the podcasts, one podcast's episodes, the
 * commentary) as a reader first sees it. The files it starts from are
 * embedded as the copies the page was made from, not as the files
 * themselves: they change with every new digest or post, and the page shows
 * the copies only until the app has fetched the files, which have the last
 * word (src/data/prerendered-copies.ts). A prerender older than the data
 * thus shows its day only until they are in. The frame waits for the whole
 * page (its footer): a screen or two, a podcast's first 100 episodes at
 * most, parsed in a few milliseconds, and nothing shifts as it grows.
 */
function listPage(path: `/${string}`, route: string, title: string, queries: Query[]): Page {
  return {
    path,
    file: `${path.slice(1)}.html`,
    route,
    queries,
    title,
    firstScreenId: SITE_FOOTER_ID,
  }
}

/**
 * The site index as the list pages embed it: without each month's dates
 * (they list months and podcasts; days come from the month files), 150 of
 * the index's 155 KB at 10,000 digests.
 */
function indexCopy(index: SiteIndex): SiteIndex {
  return { ...index, months: index.months.map((entry) => ({ ...entry, dates: [] })) }
}

/** A digest's day page and its episodes' pages, all rendered from the one digest file. */
function digestPages(digest: Digest, latest: boolean): Page[] {
  const queries: Query[] = [[['digest', digest.date], digest]]
  // The same title and description the page sets for itself in the browser.
  const meta = digestMeta(digest)
  const day: Page = {
    path: `/digests/${digest.date}`,
    file: `digests/${digest.date}.html`,
    route: ROUTES.digest,
    // The newest day says "Latest digest" from its first paint, as the
    // overview does: added by the app once the index came, it wrapped the
    // line above the title on a phone and moved the page 20 px.
    queries: latest ? [...queries, [['prerendered-latest'], digest.date]] : queries,
    head: { title: meta.title, description: trimDescription(meta.description), type: 'website' },
    // Short, as the overview is, with the same filter row: drawn before the
    // parser had reached the row's second control (a busy phone's parser
    // yields mid-page), the row grew beside "Top Podcast" and wrapped under it.
    firstScreenId: SITE_FOOTER_ID,
  }
  return [
    day,
    ...digest.episodes.map(
      (episode): Page => ({
        path: `/digests/${digest.date}/${episode.slug}`,
        file: `digests/${digest.date}/${episode.slug}.html`,
        route: ROUTES.episode,
        queries,
        head: {
          title: episode.title,
          description: trimDescription(episode.summary),
          type: 'article',
        },
        // The first screen ends at the first section heading at the latest
        // (title, summary and key points come before it). Chromium lets the
        // frame go as soon as the expected element is inserted, before its
        // children are parsed: so the element after the heading, the
        // section's body, not the section itself.
        firstScreenId: episode.sections[0] && sectionBodyId(episode.sections[0].id),
      }),
    ),
  ]
}

/** Prerendered pages of an earlier build with other data must not outlive it. */
export async function removePrerendered(dist: string): Promise<void> {
  await rm(join(dist, OVERVIEW_FILE), { force: true })
  for (const file of LIST_FILES) await rm(join(dist, file), { force: true })
  for (const folder of ['digests', 'podcasts', 'commentary']) {
    await rm(join(dist, folder), { recursive: true, force: true })
  }
}
