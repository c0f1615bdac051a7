import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { leaveOutIngestReports } from './scripts/build/leave-out-ingest-reports.ts'
import { minifyPublicScripts } from './scripts/build/minify-public-scripts.ts'
import { contentSecurityPolicy } from './scripts/csp/vite-plugin.ts'
import { overviewAtRoot } from './scripts/preview/overview-at-root.ts'

// The policy of the meta tag in index.html. `npm start` (vite preview) sends
// the built index.html's copy, with the hashes of what prerendered pages
// inline, as a header, where frame-ancestors works too (scripts/csp/).
const basePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

// The installable, offline app (docs/decisions/0007-offline-app.md). The
// service worker is registered from the bundle (src/app/service-worker.ts),
// never by an injected inline script, so the CSP stays as it is.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The precache globs below already list every icon and public script.
  includeManifestIcons: false,
  manifest: {
    name: 'Digest Reader',
    short_name: 'Digests',
    description: 'Daily podcast digests and commentary, in a fast, calm reader.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#0f766e',
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    // The app shell: every chunk (so pages never opened still render offline), styles, icons.
    // (The plugin adds manifest.webmanifest itself.)
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // Data is cached as it is read, not up front: the archive can be thousands of files.
    // Nor the prerendered pages (scripts/prerender): offline, the shell renders any page.
    globIgnores: [
      'data/**',
      'feed.*',
      'ingest-report.json',
      'digests/**',
      'digests.html',
      'podcasts.html',
      'commentary.html',
      'commentary/**',
      'podcasts/**',
      'overview.html',
    ],
    // Navigations are asked of the network first, the precached shell only
    // when it fails or is slow (decision 0007, addendum "pages from the
    // network"): answered with the shell, a returning reader got every page
    // rendered by the app (2.5 s at 4x CPU) instead of its prerendered HTML (0.6 s).
    navigationPreload: true,
    // The plugin's default would answer every navigation with the shell, and
    // the precache's would answer `/` with it (index.html is its directory index).
    navigateFallback: null,
    directoryIndex: null,
    cleanupOutdatedCaches: true,
    // The first visit is controlled at once, so what it reads next is cached; an
    // update waits for the reader's "Reload" (no skipWaiting).
    clientsClaim: true,
    runtimeCaching: [
      {
        // App routes only: a file (a feed, data, the report) is fetched as itself.
        // (Serialised into sw.js, as the plugin below: it may use nothing from this file.)
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' &&
          !url.pathname.startsWith('/data/') &&
          !/\/[^/]*\.[^/]*$/.test(url.pathname),
        // NetworkFirst, though nothing is ever stored (cacheWillUpdate): the
        // strategy that takes a timeout. What it finds "in its cache" when the
        // network fails or is late is the shell, which renders any page from
        // the data the worker has saved. Pages are never kept: offline, a page
        // of an older version would ask for chunks an update has removed.
        handler: 'NetworkFirst',
        options: {
          cacheName: 'digest-reader-pages',
          networkTimeoutSeconds: 3,
          plugins: [
            {
              cacheWillUpdate: async () => null,
              // The precache keeps the shell under its revision
              // (`index.html?__WB_REVISION__=…`), hence ignoreSearch; `location`
              // is the worker's own, /sw.js, beside it. While an update waits,
              // its shell is in the cache too, put there after this worker's:
              // a match returns the first put, the one whose chunks this worker
              // serves. (Workbox's matchPrecache would say so outright, but a
              // function here is serialised into sw.js and can import nothing.)
              cachedResponseWillBeUsed: async ({ cachedResponse }) =>
                cachedResponse ??
                caches.match(new URL('index.html', location.href).href, { ignoreSearch: true }),
            },
          ],
        },
      },
      {
        urlPattern: /\/data\/[^?#]+\.json(?:\?.*)?$/,
        // Fresh when online (a new digest shows at once), the saved copy when
        // offline or when the network takes longer than a few seconds.
        handler: 'NetworkFirst',
        options: {
          cacheName: 'digest-reader-data',
          networkTimeoutSeconds: 4,
          expiration: {
            maxEntries: 400,
            maxAgeSeconds: 180 * 24 * 60 * 60,
            purgeOnQuotaError: true,
          },
          plugins: [
            {
              // Keep only real JSON: an error page, the server's HTML fallback
              // for a missing file, or an empty or cut-off body must never
              // replace the good copy and be served later as the data.
              // (Serialised into sw.js: it may use nothing from this file.)
              cacheWillUpdate: async ({ response }) => {
                if (response.status !== 200) return null
                if (!(response.headers.get('content-type') ?? '').includes('json')) return null
                try {
                  JSON.parse(await response.clone().text())
                  return response
                } catch {
                  return null
                }
              },
            },
          ],
        },
      },
    ],
  },
})

// react-router's package exports name only its development build (dev
// warnings and checks included: remix-run/react-router#12532, #14753); the
// app's production bundle takes the production build beside it instead.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

// useQuery and the files of react-query it needs beside those in the entry,
// by file name: if a release renames one, it only leaves the group.
const queryHooks =
  /@tanstack[\\/](react-query[\\/]build[\\/]modern[\\/](useBaseQuery|useQuery|IsRestoringProvider|errorBoundaryUtils|suspense)|query-core[\\/]build[\\/]modern[\\/]queryObserver)\.js$/

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve:
    command === 'build' && !isSsrBuild
      ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] }
      : {},
  // The server build (src/entry-prerender.tsx, for scripts/prerender.ts) is
  // only the page renderer: no service worker and no styles of its own.
  plugins: isSsrBuild
    ? [react()]
    : [
        react(),
        tailwindcss(),
        pwa,
        contentSecurityPolicy(basePolicy),
        overviewAtRoot(),
        // theme-init.js is inline in the shell and every prerendered page; the policy's hash is of
        // this minified text (scripts/csp/vite-plugin.ts).
        minifyPublicScripts(['boot-after-paint.js', 'theme-init.js']),
        // The ingest's reports sit in public/ beside the data; no reader needs them.
        leaveOutIngestReports(),
      ],
  build: isSsrBuild
    ? { target: 'node20', outDir: '.prerender', emptyOutDir: true, copyPublicDir: false }
    : {
        target: 'es2022',
        manifest: true,
        // Every browser the app supports (ES2022) preloads modules natively.
        modulePreload: { polyfill: false },
        // Inline nothing: the CSP allows no inline script or style.
        assetsInlineLimit: 0,
        rolldownOptions: {
          output: {
            // Small modules that the same pages load together, as one chunk
            // each: a chunk costs a request, a preload link appended at 4x
            // CPU for 5-25 ms, and ~40-90 bytes in the overview's first-load
            // budget (the entry names every chunk; imports, exports and gzip
            // framing). Rolldown splits by the exact set of importers, so a
            // module one page more or less uses becomes a chunk of its own
            // (decision 0005, addenda of 2026-12-03 and 2026-12-06, second).
            // Only the modules named: their dependencies stay where they were.
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [
                // What every page loads: the hydration flag, the date formats
                // and the query hooks (the bookmarks page loads useQuery's
                // 0.9 KB without using it).
                {
                  name: 'page-common',
                  test: (id: string) =>
                    /src[\\/]lib[\\/](use-hydrated|format-date)\.ts$/.test(id) ||
                    queryHooks.test(id),
                },
                // With the cut at a word that the page meta shares with the
                // ingest (schema/cut-at-word.ts): named, or it is a chunk of its own.
                {
                  name: 'page-address',
                  test: /src[\\/](lib[\\/](use-page-meta|use-own-address|own-address)|schema[\\/]cut-at-word)\.ts$/,
                },
                // The search page loads the kept place with the pages that keep one.
                // Not the history entry: the app's PageArrival reads it, so it is
                // in the entry; in this group, it made the entry import this chunk,
                // which pulled react-router out of the entry into a chunk of its
                // own (13 KB, split from the entry's gzip: 1.9 KB more to load).
                { name: 'kept-place', test: /src[\\/]lib[\\/]use-kept-place\.ts$/ },
                // The header's tools and the episode page load both; the bookmarks page one.
                {
                  name: 'apply-reading-settings',
                  test: /src[\\/]lib[\\/]storage[\\/](apply-reading-settings|reading-settings-values)\.ts$/,
                },
                // The list filters: the podcast filter and the address hooks
                // and select it is made of stay one chunk when a page uses
                // only the parts (a podcast's year filter): split, they were
                // a chunk more for the entry to name (215 bytes).
                {
                  name: 'podcast-filter',
                  test: /src[\\/]components[\\/](podcast-filter|url-filters|labelled-select)\.tsx?$/,
                },
              ],
            },
          },
        },
      },
}))
