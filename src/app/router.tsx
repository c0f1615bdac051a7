import { createBrowserRouter } from 'react-router'
import { NotFound } from '../components/not-found'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'

// Each page is its own lazily loaded chunk (react-router route modules that
// export `Component`): the overview never downloads the episode page's code.
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: () => import('../features/digests/overview-page') },
            { path: 'digests', lazy: () => import('../features/digests/archive-page') },
            { path: 'digests/:date', lazy: () => import('../features/digests/digest-page') },
            {
              path: 'digests/:date/:episodeSlug',
              lazy: () => import('../features/episodes/episode-page'),
            },
            { path: 'podcasts', lazy: () => import('../features/podcasts/podcast-list-page') },
            {
              path: 'podcasts/:podcastSlug',
              lazy: () => import('../features/podcasts/podcast-page'),
            },
            { path: 'commentary', lazy: () => import('../features/commentary/post-list-page') },
            { path: 'commentary/:slug', lazy: () => import('../features/commentary/post-page') },
            { path: 'bookmarks', lazy: () => import('../features/bookmarks/bookmarks-page') },
            {
              path: '*',
              element: (
                <NotFound
                  title="Page not found"
                  message="There is no page at this address. It may have moved, or the link may be mistyped."
                />
              ),
            },
          ],
        },
      ],
    },
  ])
}
