import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './e2e/chromium'
import { scalePort } from './e2e/support/scale-site'

const port = Number(process.env.E2E_PORT ?? 4174)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous per-test time: axe and the soak test run long on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // A service worker answers fetches before page.route sees them; specs that
    // test the offline app opt back in with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The app is tested as it ships: ingest content/, build, then vite preview.
  // `npm test` builds once before the budget check and sets E2E_SKIP_BUILD.
  webServer: [
    {
      command: `${process.env.E2E_SKIP_BUILD ? '' : 'npm run build && '}npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // Started after the first one is up, so dist/ is built: scripts/scale-site.ts
      // serves a copy of it with a generated 1,000-digest archive as its data.
      command: `node --import tsx scripts/scale-site.ts --port ${scalePort}`,
      url: `http://127.0.0.1:${scalePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      // SIGTERM lets it remove its copy of the site.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
