import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { isPrerenderedHere } from './app/is-prerendered-here'
import { preloadPage } from './app/router'
import type { PrerenderedQuery } from './app/seed-query-client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root

/**
 * A page prerendered at build time (scripts/prerender.ts) is already on
 * screen: React takes it over where it stands (hydration), from the data it
 * was rendered with. Anything else is rendered anew in the shell.
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
  // What #root holds (the shell's painted frame, or a copy of a prerendered
  // page served for another address) stays on screen until React's first
  // commit, which clears it: no blank frame between the two.
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

if (isPrerenderedHere()) {
  // Checking the embedded data needs the schemas, which the page's own chunk
  // brings anyway: loaded here only for prerendered pages, so the shell's
  // first bundle stays as small as before (the page is already painted).
  import('./app/prerendered-queries').then(
    ({ readPrerenderedQueries }) =>
      start(readPrerenderedQueries(container, window.location.pathname)),
    () => start(null),
  )
} else {
  // Its chunk comes with the app's, not after the app's first render.
  preloadPage(window.location.pathname)
  start(null)
}
