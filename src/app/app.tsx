import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createQueryClient } from '../lib/query-client'
import { prefetchRouteData } from './prefetch-route-data'
import { AppRouter } from './router'

export function App() {
  // One client for the app's lifetime (StrictMode renders twice).
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    prefetchRouteData(client, window.location.pathname)
    return client
  })
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter />
    </QueryClientProvider>
  )
}
