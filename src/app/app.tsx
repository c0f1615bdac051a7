import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { BrowserRouter } from 'react-router'
import { createQueryClient } from '../lib/query-client'
import { prefetchRouteData } from './prefetch-route-data'
import { AppShell } from './router'
import { type PrerenderedQuery, seedQueryClient } from './seed-query-client'

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
  // Marks the moment the app has taken the page over (on a prerendered page,
  // text is on screen before its buttons work): end-to-end tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.appReady = ''
  }, [])
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppShell />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
