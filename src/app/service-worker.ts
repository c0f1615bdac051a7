import { useSyncExternalStore } from 'react'
import { embeddedDataFiles } from './embedded-data'

// Registers the service worker that vite-plugin-pwa builds (dist/sw.js) and
// tells the app when a new version is waiting. Registered from the bundle,
// not by an injected inline script, because the CSP allows no inline script.
// The plain ServiceWorker API is enough for the two states we show, so no
// client library is loaded for it. See docs/decisions/0007-offline-app.md.

export interface ServiceWorkerState {
  /** A new version is installed and waits for the reader's "Reload". */
  updateReady: boolean
}

let state: ServiceWorkerState = { updateReady: false }
const listeners = new Set<() => void>()
let registration: ServiceWorkerRegistration | null = null
let started = false
let reloading = false

function set(next: ServiceWorkerState): void {
  state = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const getSnapshot = () => state
const getServerSnapshot = () => state

export function useServiceWorker(): ServiceWorkerState {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
}

/** Once per page. Only the production build has a service worker (the dev server has none). */
export function registerServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  started = true
  const container = navigator.serviceWorker
  const wasControlled = container.controller !== null

  container.addEventListener('controllerchange', () => {
    if (reloading) {
      window.location.reload()
    } else if (wasControlled) {
      // Another tab applied an update: this page's chunks belong to the old
      // version, so offer the reload here too.
      set({ updateReady: true })
    } else {
      // First install: the worker took control of this page (clientsClaim)
      // after its data had already been fetched past it. Fetch those files
      // again through it, so this very page works offline after one visit.
      void warmDataCache()
    }
  })

  const base = import.meta.env.BASE_URL
  container
    .register(`${base}sw.js`, { scope: base })
    .then((found) => {
      registration = found
      // A version installed by an earlier visit may already be waiting.
      if (found.waiting && container.controller) set({ updateReady: true })
      found.addEventListener('updatefound', () => {
        const installing = found.installing
        installing?.addEventListener('statechange', () => {
          // "installed" with a controller present means: waiting behind the current version.
          if (installing.state === 'installed' && container.controller) {
            set({ updateReady: true })
          }
        })
      })
      // A reader may keep the app open for days: look for a new version hourly.
      window.setInterval(() => {
        if (navigator.onLine) void found.update().catch(() => {})
      }, 60 * 60_000)
    })
    .catch(() => {
      // No offline support this visit (private mode, blocked by policy or a
      // test harness): the app works as before, so there is nothing to show.
    })
}

/** "Reload": let the waiting version take over, then reload into it. */
export function applyUpdate(): void {
  const waiting = registration?.waiting
  if (!waiting) {
    window.location.reload()
    return
  }
  reloading = true
  // The generated worker calls skipWaiting() on this message; the
  // controllerchange listener above then reloads the page.
  waiting.postMessage({ type: 'SKIP_WAITING' })
}

async function warmDataCache(): Promise<void> {
  const dataPath = `${import.meta.env.BASE_URL}data/`
  const urls = new Set<string>()
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name)
    if (url.origin === window.location.origin && url.pathname.startsWith(dataPath)) {
      urls.add(url.href)
    }
  }
  // A prerendered page (the overview, a recent episode) read its own data
  // from its HTML, not the network: those files too, or the first day's
  // digest would not open offline.
  for (const file of embeddedDataFiles()) {
    urls.add(new URL(`${dataPath}${file}`, window.location.href).href)
  }
  await Promise.allSettled([...urls].map((url) => fetch(url)))
}
