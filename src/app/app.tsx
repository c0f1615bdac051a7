import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
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
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppShell />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
