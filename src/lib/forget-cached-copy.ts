/** The service worker's cache of data files (runtimeCaching in vite.config.ts). */
export const DATA_CACHE = 'digest-reader-data'

/** Long enough for the worker to finish storing the response the page is reading. */
const SECOND_PASS_MS = 1500

/**
 * A data file that came back empty, cut off or in the wrong shape may have
 * been stored by the service worker on its way here: the worker can check
 * that a body is JSON, not that it has the right shape. Remove it, so that a
 * reader offline later is told the file is not saved instead of being shown
 * the broken one again. The worker stores a response while the page reads
 * it, so the removal runs once more after it has had time to finish.
 * Never throws: without Cache Storage (tests, old browsers, insecure origins)
 * there is nothing to remove.
 */
export async function forgetCachedCopy(url: string): Promise<void> {
  const remove = async () => {
    try {
      if (!('caches' in globalThis)) return
      const cache = await caches.open(DATA_CACHE)
      await cache.delete(url)
    } catch {
      // Nothing stored, or no access: either way nothing broken is served.
    }
  }
  await remove()
  setTimeout(() => void remove(), SECOND_PASS_MS)
}
