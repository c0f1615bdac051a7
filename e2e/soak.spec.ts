import { expect, test } from '@playwright/test'
import { BOOKMARKS_KEY, loadDigest } from './support/episode-page'

const STEPS = Number(process.env.SOAK_STEPS ?? 200)

// Seeded random actions across the app (200, or SOAK_STEPS): navigations,
// section toggles, bookmarks and reloads. No console error, no page error, and the stored
// data holds exactly the bookmarks the run left switched on.
test(`${STEPS} random navigations, toggles, bookmarks and reloads stay clean`, async ({
  page,
  request,
}) => {
  test.setTimeout(420_000)
  const digest = await loadDigest(request)
  const episodes = digest.episodes.map((e) => `/digests/${digest.date}/${e.slug}`)
  const routes = [
    '/',
    '/digests',
    `/digests/${digest.date}`,
    '/podcasts',
    '/commentary',
    '/bookmarks',
    ...episodes,
  ]
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))

  let seed = 20261124
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  const saved = new Set<string>()

  await page.goto(episodes[0] ?? '/')
  for (let step = 0; step < STEPS; step++) {
    const action = random(10)
    const onEpisode = /\/digests\/[^/]+\/[^/]+$/.test(new URL(page.url()).pathname)
    if (action < 3 || !onEpisode) {
      const route = routes[random(routes.length)] ?? '/'
      await page.goto(route)
    } else if (action < 6) {
      const toggles = page.locator('main h2 button[aria-expanded]:visible')
      const count = await toggles.count()
      if (count > 0) await toggles.nth(random(count)).click()
    } else if (action < 9) {
      const marks = page.getByRole('button', { name: /^Bookmark/ })
      const count = await marks.count()
      if (count > 0) {
        const mark = marks.nth(random(count))
        const name = (await mark.getAttribute('aria-label')) ?? String(count)
        const key = `${new URL(page.url()).pathname} ${name}`
        await mark.click()
        if (saved.has(key)) saved.delete(key)
        else saved.add(key)
      }
    } else {
      await page.reload()
    }
    await expect(
      page.getByRole('heading', { level: 1 }).first(),
      `step ${step} (action ${action}) at ${page.url()}`,
    ).toBeVisible({ timeout: 15_000 })
  }

  const stored = await page.evaluate((key) => localStorage.getItem(key), BOOKMARKS_KEY)
  const record = JSON.parse(stored ?? '{"bookmarks":[]}') as {
    bookmarks: { sectionTitle: string }[]
  }
  expect(record.bookmarks).toHaveLength(saved.size)
  // Exactly the sections left bookmarked, by title ("Bookmark “Title”, section 7").
  const savedTitles = [...saved]
    .map((key) => key.slice(key.indexOf('“') + 1, key.lastIndexOf('”')))
    .sort()
  expect(record.bookmarks.map((b) => b.sectionTitle).sort()).toEqual(savedTitles)
  // Nothing else accumulates: only our own keys, and no corrupt copies.
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((key) => key.includes(':corrupt:'))).toEqual([])
  expect(keys.every((key) => key.startsWith('digest-reader:'))).toBe(true)
  // Beyond the bookmarks, what is stored (theme, reading place per episode)
  // stays small however many steps ran: 200 steps must not grow it.
  const otherBytes = await page.evaluate((bookmarksKey) => {
    let total = 0
    for (const key of Object.keys(localStorage)) {
      if (key !== bookmarksKey) total += key.length + (localStorage.getItem(key)?.length ?? 0)
    }
    return total
  }, BOOKMARKS_KEY)
  expect(otherBytes).toBeLessThan(2048)
  expect(problems).toEqual([])
})
