import type { Page } from '@playwright/test'

/**
 * Puts `value` under `key` in localStorage before the page's scripts run, on
 * the first load of this tab only: a reload (or the app writing the key) must
 * find what the app left there, not the seed again.
 */
export async function seedStorageOnce(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('seeded', '1')
      }
    },
    { key, value },
  )
}
