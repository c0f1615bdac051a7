import type { Page } from '@playwright/test'

/** Page errors and console errors of `page` from now on (a hydration mismatch shows as one). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}
