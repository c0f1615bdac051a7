import { expect, test } from '@playwright/test'
import { PAGES } from './support/pages'

// The policy is shipped twice: as a header by `vite preview` (where
// frame-ancestors works) and as a <meta> in index.html (for static hosts that
// send no header). e2e/hostile-content.spec.ts shows an injected inline script
// is refused; here: both copies say the same, and the app as built never
// trips the policy on any page. The only inline script and style it allows
// are named by their sha256: the theme script and the stylesheet, which
// prerendered pages carry inline (scripts/csp/, decision 0008).

/** The directives every copy must carry, at least this strict. */
const REQUIRED: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
}
/** A meta policy cannot carry these; browsers ignore them there. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/** A directive's sources less the sha256 hashes of allowed inline elements. */
const withoutHashes = (value: string | undefined) =>
  value?.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, '')

function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), values.join(' '))
  }
  return map
}

test('the header and the meta tag carry the same strict policy', async ({ page, request }) => {
  for (const path of ['/', '/digests/2025-02-03']) {
    const response = await request.get(path)
    const header = directives(response.headers()['content-security-policy'] ?? '')
    for (const [name, value] of Object.entries(REQUIRED)) {
      expect(withoutHashes(header.get(name)), `${path}: header ${name}`).toBe(value)
    }
    expect(header.get('frame-ancestors'), `${path}: header frame-ancestors`).toBe("'none'")
    for (const [name, value] of header) {
      expect(value, `${path}: ${name} allows nothing inline or eval`).not.toMatch(
        /unsafe-inline|unsafe-eval|\*/,
      )
    }
  }

  await page.goto('/')
  const metaPolicy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const meta = directives(metaPolicy ?? '')
  const header = directives((await request.get('/')).headers()['content-security-policy'] ?? '')
  const headerForMeta = new Map([...header].filter(([name]) => !HEADER_ONLY.has(name)))
  expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(headerForMeta))
})

test('no page of the built app trips the policy, in either theme', async ({ page }) => {
  test.setTimeout(120_000)
  // Collected from the first script on: a violation during start-up counts too.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text())
    }
  })
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const { name, path, heading } of PAGES) {
      await page.goto(path)
      await expect(
        page.getByRole('heading', { level: 1, name: heading }),
        `${name} (${scheme})`,
      ).toBeVisible({ timeout: 15_000 })
      // Interactions that create DOM and styles at run time.
      const expandAll = page.getByRole('button', { name: 'Expand all', exact: true })
      if (await expandAll.isVisible()) await expandAll.click()
      expect(await violations(), `${name} (${scheme})`).toEqual([])
    }
  }
  // The theme toggle restyles the whole page.
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click()
  expect(await violations()).toEqual([])
  expect(consoleErrors).toEqual([])
})
