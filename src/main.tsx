import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { readPrerenderedQueries } from './app/prerendered-queries'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// A page prerendered at build time (scripts/prerender.ts) is already on
// screen: React takes it over where it stands (hydration), from the data it
// was rendered with. Anything else starts from the empty shell.
const prerendered = readPrerenderedQueries(root, window.location.pathname)
if (prerendered) {
  hydrateRoot(
    root,
    <StrictMode>
      <App prerendered={prerendered} />
    </StrictMode>,
  )
} else {
  // A prerendered page served for another address (a stale copy) is not ours to keep.
  root.replaceChildren()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
