// Pure helpers of the prerender (scripts/prerender.ts): what goes into one
// page's HTML around the app's own markup. No I/O here, so it is unit-tested.
import { stylesheetsOf } from './inline-head'
import { ROOT } from './shell-html'

export interface PageHead {
  title: string
  /** Already trimmed to one short paragraph. */
  description: string
  type: 'article' | 'website'
}

export interface PageParts {
  /** The address this HTML is for; the app hydrates only there. */
  path: string
  /** The app's markup inside #root (from renderPage). */
  body: string
  /** None: the template's own title, description and tags stay. */
  head?: PageHead
  /**
   * A list page's title alone (`head` takes precedence): its description
   * stays the template's, the site's own, as the app leaves it.
   */
  title?: string
  /** Embedded as JSON for hydration (see src/app/prerendered-queries.ts). */
  queries: unknown
  /**
   * Route chunks the page needs: fetched as soon as it has painted, together
   * with the entry, rather than one after another as the app asks for them.
   */
  routeChunks: readonly string[]
  /**
   * The id of the element just after the page's first screen (an episode's
   * first section heading): the browser draws nothing until it is in the page.
   */
  firstScreenId?: string
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * JSON that is safe inside <script type="application/json">: a `<` in the
 * data (say "</script>" in a summary) must not end the element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * The shell's early start on the data every page needs. A prerendered page
 * needs it only once the app runs: in its head the request shared the
 * network with the page's own HTML, and on a slow network (DevTools' Slow 4G,
 * 4x CPU) the first section painted ~12 % later with it than without it
 * (docs/decisions/0008, fourth addendum). The boot script asks for it when
 * it fetches the app.
 */
const DATA_PRELOAD = /\s*<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/g
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/
const TEMPLATE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g

/**
 * The app's JavaScript starts only after the page's first paint
 * (public/boot-after-paint.js, docs/decisions/0008). Neither the entry nor
 * any chunk is named in the head: Chromium compiles a module script, or a
 * modulepreload, on the main thread as soon as it arrives, and for the entry
 * (~300 KB) that held the first paint of text already in the HTML by half a
 * second under a 4x slowed CPU; the fetches also queued ahead of the
 * stylesheet and the theme script the first paint waits for.
 */
function bootAfterPaint(
  entry: string,
  chunks: readonly string[],
  stylesheets: readonly string[],
  fetches: readonly string[],
): string {
  const attrs = [
    `src="/boot-after-paint.js"`,
    `data-entry="${escapeHtml(entry)}"`,
    `data-chunks="${escapeHtml(chunks.join(' '))}"`,
    // The whole stylesheets: the page carries only the rules its own markup
    // uses (critical-css.ts); the app may render anything once it starts.
    `data-stylesheets="${escapeHtml(stylesheets.join(' '))}"`,
    `data-fetches="${escapeHtml(fetches.join(' '))}"`,
  ]
  return `<script ${attrs.join(' ')} defer></script>`
}

/**
 * Holds the first frame until the parser has put the element `id` in the
 * page (Chromium 124+; other browsers ignore it, and a missing element only
 * holds it until the whole page is parsed). Without it Chromium drew the
 * header alone, then parsed the body in slices with a style, layout and
 * paint between each: the episode page's first section showed ~13 % later
 * under a 4x slowed CPU (docs/decisions/0008, fifth addendum).
 */
function renderAfter(id: string): string {
  return `<link rel="expect" href="#${escapeHtml(encodeURIComponent(id))}" blocking="render" />`
}

/**
 * The built index.html with one page in it: its markup in #root, its title,
 * description and Open Graph tags in the head (so link previews and readers
 * without JavaScript see the page, not the app's defaults), its route chunk
 * preloaded, and the data it was rendered from. Throws when the template no
 * longer has the shape this relies on, rather than writing a broken page.
 */
export function pageHtml(template: string, parts: PageParts): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT}`)
  if (!/<title>[^<]*<\/title>/.test(template)) throw new Error('index.html has no <title>')
  const entry = template.match(ENTRY_SCRIPT)?.[1]
  if (!entry) throw new Error('index.html has no module script for the app')
  const chunks = [
    ...[...template.matchAll(TEMPLATE_PRELOAD)].map((m) => m[1] ?? ''),
    ...parts.routeChunks,
  ]
  const fetches = [...template.matchAll(DATA_PRELOAD)].map((m) => m[1] ?? '')
  const withHead = parts.head
    ? pageHead(template, parts.head)
    : parts.title
      ? template.replace(
          /<title>[^<]*<\/title>/,
          () => `<title>${escapeHtml(parts.title ?? '')} · Digest Reader</title>`,
        )
      : template
  return withHead
    .replace(TEMPLATE_PRELOAD, '')
    .replace(DATA_PRELOAD, '')
    .replace(ENTRY_SCRIPT, () =>
      bootAfterPaint(entry, [...new Set(chunks)], stylesheetsOf(template), fetches),
    )
    .replace(
      /<\/title>/,
      () => `</title>${parts.firstScreenId ? `\n    ${renderAfter(parts.firstScreenId)}` : ''}`,
    )
    .replace(
      ROOT,
      () =>
        `<div id="root" data-prerendered="${escapeHtml(parts.path)}">${parts.body}</div>\n    <script type="application/json" id="prerendered-queries">${jsonForScript(parts.queries)}</script>`,
    )
}

/** The page's own title, description and Open Graph tags in the template's head. */
function pageHead(template: string, head: PageHead): string {
  const description = escapeHtml(head.description)
  const title = escapeHtml(head.title)
  const tags = [
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    '<meta property="og:site_name" content="Digest Reader" />',
  ].join('\n    ')
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title} · Digest Reader</title>`)
    .replace(
      /<meta name="description" content="([^"]*)"\s*\/>/,
      // The template's own description stays beside the page's, for the boot
      // script to put back when the reader leaves this page before the app
      // has adopted it (public/boot-after-paint.js).
      (_tag, fallback: string) =>
        `<meta name="description" content="${description}" data-default="${fallback}" />`,
    )
    .replace('</head>', () => `  ${tags}\n  </head>`)
}

interface ManifestChunk {
  file: string
  imports?: string[]
}

/**
 * The files of a route chunk and of the chunks it imports statically, less
 * those index.html already loads (from Vite's build manifest).
 */
export function chunkFiles(manifest: Record<string, ManifestChunk>, source: string): string[] {
  const loaded = new Set<string>()
  const collect = (key: string, into: Set<string>) => {
    const chunk = manifest[key]
    if (!chunk || into.has(chunk.file)) return
    into.add(chunk.file)
    for (const imported of chunk.imports ?? []) collect(imported, into)
  }
  collect('index.html', loaded)
  const wanted = new Set<string>()
  if (!manifest[source]) throw new Error(`the build manifest has no chunk for ${source}`)
  collect(source, wanted)
  return [...wanted].filter((file) => !loaded.has(file)).map((file) => `/${file}`)
}
