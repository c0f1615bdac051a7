import type { BrowserContext, Page } from '@playwright/test'
import { isPageLoad } from './service-worker'

/** Every kind of page in the app, with a heading that proves it rendered. */
export const PAGES = [
  { name: 'overview', path: '/', heading: /AI's Global Impact/ },
  { name: 'archive', path: '/digests', heading: /Archive|digests/i },
  { name: 'digest', path: '/digests/2025-02-03', heading: /AI's Global Impact/ },
  {
    name: 'episode',
    path: '/digests/2025-02-03/ai-czar-david-sacks-explains-the-deepseek-freak-out',
    heading: /AI Czar David Sacks/,
  },
  { name: 'podcasts', path: '/podcasts', heading: /Podcasts/ },
  { name: 'podcast', path: '/podcasts/all-in-podcast', heading: /All-In Podcast/ },
  { name: 'commentary', path: '/commentary', heading: /Commentary/ },
  {
    name: 'post',
    path: '/commentary/more-on-why-tariffs-wont-work-and-why-us-consumers-will-be-financially-repressed',
    heading: /More on why tariffs/,
  },
  { name: 'bookmarks', path: '/bookmarks', heading: /Bookmarks/ },
  { name: 'not-found', path: '/no/such/page', heading: /not found/i },
] as const

/**
 * Serves the app shell (index.html) for every page load, instead of the HTML
 * prerendered at build time for the newest digests: for specs about how the
 * app loads and renders data files (faults, hostile data), which a
 * prerendered page, holding its data already, never fetches. With the
 * service worker on, route it on the context, with navigation preload off
 * (service-worker.ts).
 */
export async function serveAppShell(target: Page | BrowserContext) {
  await target.route('**/*', async (route) => {
    if (!isPageLoad(route.request())) return route.fallback()
    const response = await route.fetch({ url: new URL('/index.html', route.request().url()).href })
    await route.fulfill({ response })
  })
}
