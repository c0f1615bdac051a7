import type { Page } from '@playwright/test'

/**
 * Holds each of the app's scripts back `ms`, as a slow network or phone
 * would: the prerendered page is up, the app is not yet.
 */
export async function delayScripts(page: Page, ms: number): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    await route.continue()
  })
}
