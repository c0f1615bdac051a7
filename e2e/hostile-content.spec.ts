import { expect, test } from '@playwright/test'
import type { Digest } from '../src/schema/digest'
import { loadDigest } from './support/episode-page'
import { serveAppShell } from './support/pages'

// Documents may carry markup, script URLs, bidi tricks and endless words. The
// app must show them as inert text and keep its layout. The hostile digest is
// served with page.route, so the product's own content stays clean.
const SCRIPT = '<script>window.__pwned = 1</script>'
const IMG = '<img src=x onerror="window.__pwned = 2">'
const LONG = 'Supercalifragilistic'.repeat(40)

function hostile(digest: Digest): Digest {
  const [first, ...rest] = digest.episodes
  if (!first) throw new Error('seed digest has no episode')
  const [section, ...sections] = first.sections
  if (!section) throw new Error('seed episode has no section')
  return {
    ...digest,
    title: `${SCRIPT} Hostile &amp; digest`,
    episodes: [
      {
        ...first,
        summary: `${IMG} javascript:alert(1) data:text/html,<b>x</b> \u202Egnp.exe ze\u200Bro ${LONG}`,
        keyPoints: [`[click](javascript:alert(1))`, ...first.keyPoints.slice(1)],
        sections: [{ ...section, title: `${IMG} title`, bullets: [SCRIPT, LONG] }, ...sections],
      },
      ...rest,
    ],
  }
}

test('markup, script URLs and long words in a digest render as inert text', async ({
  page,
  request,
}) => {
  const digest = await loadDigest(request)
  const bad = hostile(digest)
  // The app renders the (hostile) data file, not the page prerendered from the seed.
  await serveAppShell(page)
  await page.route(`**/data/digests/${digest.date}.json`, (route) => route.fulfill({ json: bad }))
  let dialogs = 0
  page.on('dialog', async (dialog) => {
    dialogs++
    await dialog.dismiss()
  })
  await page.setViewportSize({ width: 360, height: 800 })
  const episode = bad.episodes[0]
  if (!episode) throw new Error('no episode')
  await page.goto(`/digests/${digest.date}/${episode.slug}`)
  await expect(page.getByText(/javascript:alert\(1\) data:text\/html/)).toBeVisible()
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.getByText(SCRIPT).first()).toBeVisible()

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  expect(dialogs).toBe(0)
  await expect(page.locator('main script, main img[src="x"]')).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  await page.goto('/')
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /<script>window.__pwned = 1<\/script> Hostile &amp; digest/,
    }),
  ).toBeVisible()
  await expect(page.locator('main script')).toHaveCount(0)
})

test('the Content-Security-Policy refuses an inline script', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => resolve(event.violatedDirective),
        {
          once: true,
        },
      )
      setTimeout(() => resolve('none'), 2000)
    })
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return {
      violated: await violation,
      ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
    }
  })
  expect(outcome.ran).toBe(false)
  expect(outcome.violated).toMatch(/script-src/)
})
