import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { firstPageReady } from './app/first-page-ready'
import { isPrerenderedHere } from './app/is-prerendered-here'
import { prefetchRouteData } from './app/prefetch-route-data'
import { type PrerenderedQuery, seedQueryClient } from './app/seed-query-client'
import { createQueryClient } from './lib/query-client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root

/**
 * A page prerendered at build time (scripts/prerender.ts) is already on
 * screen: React takes it over where it stands (hydration), from the data it
 * was rendered with.
 */
function hydrate(prerendered: PrerenderedQuery[]) {
  const queryClient = createQueryClient()
  seedQueryClient(queryClient, prerendered)
  void prefetchRouteData(queryClient, window.location.pathname, window.location.search)
  hydrateRoot(
    container,
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}

/**
 * Anything else is rendered anew in the shell, once the first page's chunk
 * and data are in (or a short wait is over: first-page-ready.ts). What #root
 * holds (the shell's painted frame, or a copy of a prerendered page served
 * for another address) stays on screen until React's first commit, which
 * clears it: no blank frame between the two.
 */
function renderWhenReady() {
  const queryClient = createQueryClient()
  void firstPageReady(queryClient, window.location).then(() =>
    createRoot(container).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  )
}

if (isPrerenderedHere()) {
  // Checking the embedded data needs the schemas, which the page's own chunk
  // brings anyway: loaded here only for prerendered pages, so the shell's
  // first bundle stays as small as before (the page is already painted).
  import('./app/prerendered-queries').then(({ readPrerenderedQueries }) => {
    const prerendered = readPrerenderedQueries(container, window.location.pathname)
    if (prerendered) hydrate(prerendered)
    else renderWhenReady()
  }, renderWhenReady)
} else {
  renderWhenReady()
}
