import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False while React takes over a page prerendered at build time (and while
 * rendering it in the build), true in every other render. Data that may have
 * arrived since the HTML was made (the site index, say) is shown only once
 * this is true, so the first client render matches the HTML exactly; React
 * renders again right after hydration with the real value.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
