import { type ComponentType, lazy, Suspense, useEffect } from 'react'
import { matchRoutes, Route, Routes, useLocation } from 'react-router'
import { slotsStarted } from '../components/lazy-slot'
import { NotFound } from '../components/not-found'
import { Skeleton } from '../components/skeleton'
import { isPrerenderedHere } from './is-prerendered-here'
import { RootLayout } from './root-layout'
import { RouteErrorBoundary } from './route-error-boundary'

// Declarative routes (a BrowserRouter of our own) rather than the data router: we load data
// with TanStack Query, not route loaders, and the data router costs about
// 17 KB gzip more in the first bundle (docs/decisions/0005-first-load-budget.md).
// Each page is still its own lazily loaded chunk exporting `Component`.
type PageModule = { Component: ComponentType }

/**
 * A page's lazily loaded component, and how to load its chunk ahead of a
 * visit (preloadPage). Once the chunk is in, a page rendered for the first
 * time resolves at once instead of suspending. When each visit remounted the
 * page's Suspense boundary, a suspension showed the skeleton and React then
 * held the page back until 300 ms after a fallback was shown (its
 * FALLBACK_THROTTLE_MS); the boundary now stays (AppRoutes), and resolving
 * at once still spares the render that suspends and its retry.
 */
function page(load: () => Promise<PageModule>) {
  let loaded: PageModule | null = null
  const loadAndKeep = () =>
    load().then((module) => {
      loaded = module
      return module
    })
  const Page = lazy(() => {
    // React's lazy reads a thenable that calls back at once as settled: a
    // promise, even a resolved one, calls back a microtask later.
    if (loaded && !isPrerenderedHere()) return settled({ default: loaded.Component })
    return (async () => {
      const module = await loadAndKeep()
      // Taking over a prerendered page: its slots' chunks (asked for when the
      // page's module ran) come first, so the whole page hydrates in one pass.
      if (isPrerenderedHere()) await slotsStarted()
      return { default: module.Component }
    })()
  })
  return { load: loadAndKeep, Page }
}

/** A thenable already resolved to `value`: `then` calls back before it returns. */
function settled<T>(value: T): Promise<T> {
  // biome-ignore lint/suspicious/noThenProperty: a thenable is what React's lazy takes
  return { then: (onFulfilled: (value: T) => unknown) => onFulfilled(value) } as never
}

/** Every page: its path (relative to the root) and how its chunk is loaded, in one table. */
const PAGES = [
  { path: '/', load: () => import('../features/digests/overview-page') },
  { path: 'digests', load: () => import('../features/digests/archive-page') },
  { path: 'digests/:date', load: () => import('../features/digests/digest-page') },
  { path: 'digests/:date/:episodeSlug', load: () => import('../features/episodes/episode-page') },
  { path: 'podcasts', load: () => import('../features/podcasts/podcast-list-page') },
  { path: 'podcasts/:podcastSlug', load: () => import('../features/podcasts/podcast-page') },
  { path: 'commentary', load: () => import('../features/commentary/post-list-page') },
  { path: 'commentary/:slug', load: () => import('../features/commentary/post-page') },
  { path: 'bookmarks', load: () => import('../features/bookmarks/bookmarks-page') },
  { path: 'search', load: () => import('../features/search/search-page') },
].map((route) => ({ path: route.path, ...page(route.load) }))

/**
 * Asks for the chunk of the page at `pathname` now, matched as the router
 * matches it. A page the shell renders (search, bookmarks, a digest older
 * than the prerendered ones) asked for it only once the router got to it,
 * after the app's first render: most of a second at 4x CPU in which nothing
 * was downloading. The router's own import then finds the module loaded.
 */
export function preloadPage(pathname: string): Promise<void> {
  // A chunk that fails to load fails the router's own import of it too, and
  // the route's error boundary says so: not reported a second time here, as
  // an unhandled rejection. Settles either way, once the chunk is in or has
  // failed (a cold start waits for it: first-page-ready.ts).
  const route = matchRoutes(PAGES, pathname)?.[0]?.route
  return route
    ? route.load().then(
        () => {},
        () => {},
      )
    : Promise.resolve()
}

function PageNotFound() {
  return (
    <NotFound
      title="Page not found"
      message="There is no page at this address. It may have moved, or the link may be mistyped."
    />
  )
}

/**
 * Marks <html data-app-ready> once the page itself has been rendered or, on a
 * prerendered page, hydrated: its text is on screen before its buttons and
 * shortcuts work, and end-to-end tests wait for this. Inside the page's
 * Suspense boundary, so a page chunk arriving after the shell has hydrated
 * (the boundary stays dehydrated until then) does not count as ready.
 */
function PageReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = ''
  }, [])
  return null
}

/** What <main> shows while a page's chunk loads; the shell's HTML shows it too (entry-prerender). */
export const PageFallback = () => <Skeleton lines={8} />

/**
 * Routes inside the layout; a page's failure (or missing chunk) stays inside
 * <main>. The Suspense boundary stays mounted from page to page while the
 * page's part (its error boundary, keyed by path, so each page starts with
 * its own state) is remounted: a change of address renders in a transition
 * (TransitionRouter), and React keeps a boundary that is showing a page on
 * that page until the next one is ready, instead of showing its skeleton
 * (decision 0016). The skeleton shows on a first load only.
 */
export function AppRoutes() {
  const { pathname } = useLocation()
  return (
    <Suspense fallback={<PageFallback />}>
      <RouteErrorBoundary key={pathname}>
        <Routes>
          {PAGES.map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<PageNotFound />} />
        </Routes>
        <PageReady />
      </RouteErrorBoundary>
    </Suspense>
  )
}

/** The whole app inside a router: TransitionRouter in the browser, StaticRouter when prerendering. */
export function AppShell() {
  return (
    <RootLayout>
      <AppRoutes />
    </RootLayout>
  )
}
