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

const Overview = page(() => import('../features/digests/overview-page'))
const Archive = page(() => import('../features/digests/archive-page'))
const DigestDay = page(() => import('../features/digests/digest-page'))
const Episode = page(() => import('../features/episodes/episode-page'))
const Podcasts = page(() => import('../features/podcasts/podcast-list-page'))
const Podcast = page(() => import('../features/podcasts/podcast-page'))
const Posts = page(() => import('../features/commentary/post-list-page'))
const Post = page(() => import('../features/commentary/post-page'))
const Bookmarks = page(() => import('../features/bookmarks/bookmarks-page'))
const Search = page(() => import('../features/search/search-page'))

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
