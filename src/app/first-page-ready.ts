import type { QueryClient } from '@tanstack/react-query'
import { slotsStarted } from '../components/lazy-slot'
import { type Address, preloadAddress } from './preload-address'

/**
 * How long a cold start that renders anew (not a prerendered page) waits for
 * its page before rendering anyway. Meanwhile the shell's painted frame is on
 * screen, inert (decision 0011): past this, the app renders its own frame,
 * whose header works, and the page follows as a normal load.
 */
export const FIRST_PAGE_WAIT_MS = 1000

/**
 * Asks for the page's chunk and data at once, and settles when both are in
 * (or have failed), with the chunks of the page's lazy slots, or after
 * FIRST_PAGE_WAIT_MS, whichever is first.
 *
 * Rendering at once, as before, drew the app's frame with a loading
 * placeholder (the shell's frame again) while the chunk and data were on
 * their way, then suspended, then rendered the page as a retry, which React
 * splits into slices that yield to the browser between them: at 4x CPU,
 * a cold episode of the oldest month spent about 0.3 s drawing the
 * placeholder, and its page's render was spread over about 0.45 s. Waiting
 * renders the page once, in one piece, as a data router's first load does
 * (docs/decisions/0017-first-render-waits-for-the-page.md).
 */
export function firstPageReady(queryClient: QueryClient, address: Address): Promise<void> {
  // The slots start as the page's chunk runs: by then they are all asked for.
  const ready = preloadAddress(queryClient, address).then(slotsStarted)
  let timer: ReturnType<typeof setTimeout> | undefined
  const waited = new Promise((resolve) => {
    timer = setTimeout(resolve, FIRST_PAGE_WAIT_MS)
  })
  return Promise.race([ready, waited]).then(() => clearTimeout(timer))
}
