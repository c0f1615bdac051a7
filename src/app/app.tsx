import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { createQueryClient } from '../lib/query-client'
import { prefetchRouteData } from './prefetch-route-data'
import { AppShell, preloadPage } from './router'
import { type PrerenderedQuery, seedQueryClient } from './seed-query-client'
import { TransitionRouter } from './transition-router'

interface AppProps {
  /** The data a prerendered page was rendered from (hydration starts from it). */
  prerendered?: readonly PrerenderedQuery[]
}

export function App({ prerendered = [] }: AppProps) {
  // One client for the app's lifetime (StrictMode renders twice).
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    seedQueryClient(client, prerendered)
    prefetchRouteData(client, window.location.pathname)
    return client
  })
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
