// The build's server entry (vite build --ssr): renders one page of the app to
// HTML for scripts/prerender.ts. Runs in Node at build time, never in the
// browser; the browser takes the HTML over with hydrateRoot (src/main.tsx).
import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { RootLayout } from './app/root-layout'
import { AppShell, PageFallback } from './app/router'
import { type PrerenderedQuery, seedQueryClient } from './app/seed-query-client'
import { createQueryClient } from './lib/query-client'

export type { PrerenderedQuery }

/**
 * The HTML inside #root for `url`, rendered from `queries` alone: nothing is
 * fetched, so a query not given stays pending here exactly as it is in the
 * browser's first render (the site index, say, which fills in the pager).
 * Waits for the page's lazy chunk, so the result is the page, not a skeleton.
 */
export function renderPage(url: string, queries: readonly PrerenderedQuery[]) {
  return renderToHtml(url, queries, <AppShell />)
}

/**
 * The app's frame around the placeholder a page shows while its chunk loads,
 * for the shell (index.html): what every address without a page of its own
 * shows from its HTML until the app has rendered (scripts/prerender/shell-html.ts).
 * At an address no link of the header is for, so none is marked current.
 */
export function renderShell() {
  return renderToHtml(
    '/loading',
    [],
    <RootLayout>
      <PageFallback />
    </RootLayout>,
  )
}

/**
 * `app` at `url` as finished HTML, with the providers the app runs in.
 * Exported for its tests; the build calls renderPage and renderShell.
 */
export async function renderToHtml(
  url: string,
  queries: readonly PrerenderedQuery[],
  app: ReactNode,
) {
  let html = await renderOnce(url, queries, app)
  // The first page of each kind waits for its lazy chunk, and React then
  // streams the page after a fallback, finished by an inline script the CSP
  // would block. The chunk is loaded now: a second render has no fallback.
  if (html.includes('<script')) html = await renderOnce(url, queries, app)
  if (html.includes('<script'))
    throw new Error(`${url}: the page still suspends after its chunk loaded`)
  return html
}

async function renderOnce(url: string, queries: readonly PrerenderedQuery[], app: ReactNode) {
  const client = createQueryClient()
  seedQueryClient(client, queries)
  // A render that throws inside a Suspense boundary does not reject: React
  // writes the boundary's fallback and leaves the page to the browser. A
  // page written so ("Loading …" where an episode should be) must stop the
  // build instead.
  const errors: unknown[] = []
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={client}>
        <StaticRouter location={url}>{app}</StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
    // Never split a large page into a fallback plus a finishing script.
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error)
      },
    },
  )
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk))
  client.clear()
  if (errors.length > 0)
    throw new Error(`${url}: the page threw while rendering`, { cause: errors[0] })
  return Buffer.concat(chunks).toString('utf8')
}
