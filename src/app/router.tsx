import { type ComponentType, lazy, Suspense, useEffect } from 'react'
import { Route, Routes, useLocation } from 'react-router'
import { slotsStarted } from '../components/lazy-slot'
import { NotFound } from '../components/not-found'
import { Skeleton } from '../components/skeleton'
import { isPrerenderedHere } from './is-prerendered-here'
import { RootLayout } from './root-layout'
import { RouteErrorBoundary } from './route-error-boundary'

// Declarative routes (BrowserRouter) rather than the data router: we load data
// with TanStack Query, not route loaders, and the data router costs about
// 17 KB gzip more in the first bundle (docs/decisions/0005-first-load-budget.md).
// Each page is still its own lazily loaded chunk exporting `Component`.
type PageModule = { Component: ComponentType }
const page = (load: () => Promise<PageModule>) =>
  lazy(async () => {
    const module = await load()
    // Taking over a prerendered page: its slots' chunks (asked for when the
    // page's module ran) come first, so the whole page hydrates in one pass.
    if (isPrerenderedHere()) await slotsStarted()
    return { default: module.Component }
  })

const loadOverview = () => import('../features/digests/overview-page')
const loadArchive = () => import('../features/digests/archive-page')
const loadDay = () => import('../features/digests/digest-page')
const loadEpisode = () => import('../features/episodes/episode-page')
const loadPodcasts = () => import('../features/podcasts/podcast-list-page')
const loadPodcast = () => import('../features/podcasts/podcast-page')
const loadPosts = () => import('../features/commentary/post-list-page')
const loadPost = () => import('../features/commentary/post-page')
const loadBookmarks = () => import('../features/bookmarks/bookmarks-page')
const loadSearch = () => import('../features/search/search-page')

const Overview = page(loadOverview)
const Archive = page(loadArchive)
const DigestDay = page(loadDay)
const Episode = page(loadEpisode)
const Podcasts = page(loadPodcasts)
const Podcast = page(loadPodcast)
const Posts = page(loadPosts)
const Post = page(loadPost)
const Bookmarks = page(loadBookmarks)
const Search = page(loadSearch)

/** By an address's first part, the page of each depth: `/digests`, `/digests/:date`, `/digests/:date/:episodeSlug`. */
const PAGES: Record<string, (() => Promise<PageModule>)[]> = {
  '': [loadOverview],
  digests: [loadArchive, loadDay, loadEpisode],
  podcasts: [loadPodcasts, loadPodcast],
  commentary: [loadPosts, loadPost],
  bookmarks: [loadBookmarks],
  search: [loadSearch],
}

/**
 * Asks for the chunk of the page at `pathname` now. A page the shell renders
 * (search, bookmarks, a digest older than the prerendered ones) asked for it
 * only once the router got to it, after the app's first render: most of a
 * second at 4x CPU in which nothing was downloading. The router's own import
 * then finds the module loaded. An address of no page asks for nothing.
 */
export function preloadPage(pathname: string): void {
  const [first = '', ...rest] = pathname.split('/').filter(Boolean)
  // A chunk that fails to load fails the router's own import of it too, and
  // the route's error boundary says so: not reported a second time here, as
  // an unhandled rejection.
  if (Object.hasOwn(PAGES, first)) PAGES[first]?.[rest.length]?.().catch(() => {})
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

/** Routes inside the layout; a page's failure (or missing chunk) stays inside <main>. */
export function AppRoutes() {
  const { pathname } = useLocation()
  return (
    <RouteErrorBoundary key={pathname}>
      <Suspense fallback={<PageFallback />}>
        <Routes>
          <Route index element={<Overview />} />
          <Route path="digests" element={<Archive />} />
          <Route path="digests/:date" element={<DigestDay />} />
          <Route path="digests/:date/:episodeSlug" element={<Episode />} />
          <Route path="podcasts" element={<Podcasts />} />
          <Route path="podcasts/:podcastSlug" element={<Podcast />} />
          <Route path="commentary" element={<Posts />} />
          <Route path="commentary/:slug" element={<Post />} />
          <Route path="bookmarks" element={<Bookmarks />} />
          <Route path="search" element={<Search />} />
          <Route path="*" element={<PageNotFound />} />
        </Routes>
        <PageReady />
      </Suspense>
    </RouteErrorBoundary>
  )
}

/** The whole app inside a router: BrowserRouter in the browser, StaticRouter when prerendering. */
export function AppShell() {
  return (
    <RootLayout>
      <AppRoutes />
    </RootLayout>
  )
}
