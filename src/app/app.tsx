import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { type Address, preloadAddress } from './preload-address'
import { AppShell } from './router'
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
  // What opening an address loads: its page's chunk and its data. Asked for
  // on intent (a pointer over a link, a touch, focus) and as any move starts.
  const preload = useCallback(
    (address: Address) => void preloadAddress(queryClient, address),
    [queryClient],
  )
  // From its own chunk, once the page is up: the overview's first bundle has
  // no room for it. Installed once for the page's life (a second call, as
  // StrictMode's second effect, does nothing).
  useEffect(() => {
    import('./prefetch-on-intent').then(
      ({ prefetchOnIntent }) => prefetchOnIntent(preload),
      () => {},
    )
  }, [preload])
  return (
    <QueryClientProvider client={queryClient}>
      <TransitionRouter onNavigate={preload}>
        <AppShell />
      </TransitionRouter>
    </QueryClientProvider>
  )
}
