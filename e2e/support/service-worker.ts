import type { Page, Request } from '@playwright/test'

/**
 * A page load: the browser's own (a document), or the service worker's fetch
 * of the page it answers a navigation with (a `fetch` that asks for HTML),
 * which passes the context's routes, not the page's.
 */
export function isPageLoad(request: Request): boolean {
  return (
    request.resourceType() === 'document' ||
    (request.serviceWorker() !== null && (request.headers().accept ?? '').includes('text/html'))
  )
}

/**
 * The worker's navigation preload asks for a page past every Playwright
 * route; turned off (until the worker next activates), the worker fetches the
 * page itself, and a context route can answer, hold or fail it.
 */
export async function turnOffNavigationPreload(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    await registration.navigationPreload.disable()
  })
}
