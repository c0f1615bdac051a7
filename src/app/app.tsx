import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { prefetchRouteData } from './prefetch-route-data'
import { AppShell, preloadPage } from './router'
import { TransitionRouter } from './transition-router'

interface AppProps {
  /**
   * One client for the app's lifetime, made before the first render
   * (main.tsx): seeded with a prerendered page's data, and already fetching
   * the first page's.
   */
  queryClient: QueryClient
}

export function App({ queryClient }: AppProps) {
  // From its own chunk, once the page is up: the overview's first bundle has
  // no room for it. Installed once for the page's life (a second call, as
  // StrictMode's second effect, does nothing).
  useEffect(() => {
    import('./prefetch-on-intent').then(
      ({ prefetchOnIntent }) =>
        prefetchOnIntent((pathname) => {
          preloadPage(pathname)
          prefetchRouteData(queryClient, pathname)
        }),
      () => {},
    )
  }, [queryClient])
  return (
    <QueryClientProvider client={queryClient}>
      <TransitionRouter>
        <AppShell />
      </TransitionRouter>
    </QueryClientProvider>
  )
}
