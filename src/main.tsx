import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import type { PrerenderedQuery } from './app/seed-query-client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root

/**
 * A page prerendered at build time (scripts/prerender.ts) is already on
 * screen: React takes it over where it stands (hydration), from the data it
 * was rendered with. Anything else starts from the empty shell.
 */
function start(prerendered: PrerenderedQuery[] | null) {
  if (prerendered) {
    hydrateRoot(
      container,
      <StrictMode>
        <App prerendered={prerendered} />
      </StrictMode>,
    )
    return
  }
  // A prerendered page served for another address (a stale copy) is not ours to keep.
  container.replaceChildren()
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

if (container.dataset.prerendered === window.location.pathname && container.hasChildNodes()) {
  // Checking the embedded data needs the schemas, which the page's own chunk
  // brings anyway: loaded here only for prerendered pages, so the shell's
  // first bundle stays as small as before (the page is already painted).
  import('./app/prerendered-queries').then(
    ({ readPrerenderedQueries }) =>
      start(readPrerenderedQueries(container, window.location.pathname)),
    () => start(null),
  )
} else {
  start(null)
}
