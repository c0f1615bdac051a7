import { expect, test } from '@playwright/test'
import {
  captureAtWidths,
  expectNoSeriousViolations,
  THEMES,
  tapWhereShown,
} from './support/page-checks'

const POST = {
  slug: 'more-on-why-tariffs-wont-work-and-why-us-consumers-will-be-financially-repressed',
  title: 'More on why tariffs won’t work and why US consumers will be financially repressed.',
}

test('commentary has its own place in the navigation and lists the posts', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Commentary' }).click()
  await expect(page).toHaveURL(/\/commentary$/)
  await expect(nav.getByRole('link', { name: 'Commentary' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(nav.getByRole('link', { name: 'Today' })).not.toHaveAttribute('aria-current')
  await expect(page).toHaveTitle('Commentary · Digest Reader')
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
  await page.getByRole('link', { name: POST.title }).click()
  await expect(page).toHaveURL(`/commentary/${POST.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: POST.title })).toBeVisible()
  await expect(page).toHaveTitle(`${POST.title} · Digest Reader`)
})

test('the quoted answer is a blockquote attributed to Grok, with its labelled parts', async ({
  page,
}) => {
  await page.goto(`/commentary/${POST.slug}`)
  const figure = page.getByRole('figure')
  await expect(figure).toHaveCount(1)
  const quote = figure.locator('blockquote')
  await expect(quote).toHaveCount(1)
  await expect(quote).toContainText('The replication of DeepSeek')
  await expect(figure.locator('figcaption')).toContainText('Grok')
  for (const label of ['Replication in Reality or Simulation', 'Claims Regarding Cost']) {
    await expect(quote.locator('strong', { hasText: label })).toBeVisible()
  }
  // The author's own words are outside the quote.
  const own = page.getByText(/^Yes, China is taking the lead in AI/)
  await expect(own).toBeVisible()
  expect(await own.evaluate((node) => node.closest('blockquote'))).toBeNull()
  await expect(page.getByText('Pray for peace!')).toBeVisible()
  expect(
    await page.getByText('Pray for peace!').evaluate((node) => node.closest('figure')),
  ).toBeNull()
})

test('related episodes link to the All-In episode and name the shared topics', async ({ page }) => {
  await page.goto(`/commentary/${POST.slug}`)
  const related = page.getByRole('region', { name: 'Related episodes' })
  await expect(related.getByRole('heading', { level: 2 })).toHaveText('Related episodes')
  const item = related.getByRole('listitem').filter({ hasText: 'All-In Podcast' })
  await expect(item.getByText(/Shared topics: .*DeepSeek/)).toBeVisible()
  await item
    .getByRole('link', { name: 'AI Czar David Sacks Explains the DeepSeek Freak Out' })
    .click()
  await expect(page).toHaveURL(
    /\/digests\/2025-02-03\/ai-czar-david-sacks-explains-the-deepseek-freak-out$/,
  )
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
    }),
  ).toBeVisible()
})

test('a post card shows its excerpt and topics, and the whole card opens the post', async ({
  page,
}) => {
  await page.goto('/commentary')
  const card = page.getByRole('main').getByRole('article').filter({ hasText: POST.title })
  await expect(card.getByText(/^Yes, China is taking the lead in AI/)).toBeVisible()
  const topics = card.getByRole('list', { name: 'Topics' })
  await expect(topics.getByRole('listitem').first()).toHaveText('DeepSeek')
  await expect(topics).toContainText(/and \d+ more/)
  // A tap on the excerpt (not only on the title) opens the post: one large target.
  await tapWhereShown(page, card.getByText(/^Yes, China is taking the lead in AI/))
  await expect(page).toHaveURL(`/commentary/${POST.slug}`)
})

test('the quote reads as the author introduced it and stands apart from the author’s prose', async ({
  page,
}) => {
  await page.goto(`/commentary/${POST.slug}`)
  const figure = page.getByRole('figure', { name: '— Grok, as quoted by the author' })
  await expect(figure.locator('figcaption')).toHaveText('— Grok, as quoted by the author')
  await expect(figure.locator('blockquote strong')).toHaveText([
    'Replication in Reality or Simulation:',
    'Claims Regarding Cost:',
  ])
  // The author's introduction comes right before the figure, in the author's voice.
  const intro = page.getByText('Here’s what Grok has to say.')
  await expect(intro).toBeVisible()
  expect(await intro.evaluate((node) => node.nextElementSibling?.tagName)).toBe('FIGURE')
  expect(await intro.evaluate((node) => node.closest('figure'))).toBeNull()

  // Set apart: a rule on the left, a tinted background, a sans-serif face against the serif prose.
  const quoteStyle = await figure.evaluate((node) => {
    const style = getComputedStyle(node)
    return { border: style.borderLeftWidth, background: style.backgroundColor }
  })
  expect(quoteStyle.border).not.toBe('0px')
  expect(quoteStyle.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
  const fontOf = (text: string | RegExp) =>
    page.getByText(text).evaluate((node) => getComputedStyle(node).fontFamily)
  expect(await fontOf(/^The replication of DeepSeek/)).not.toBe(await fontOf('Pray for peace!'))
  expect(await fontOf('Pray for peace!')).toBe(await fontOf(/^Yes, China is taking the lead/))
})

test('the post links back to the commentary list', async ({ page }) => {
  await page.goto(`/commentary/${POST.slug}`)
  await page.getByRole('main').getByRole('link', { name: 'Commentary', exact: true }).click()
  await expect(page).toHaveURL(/\/commentary$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Commentary' })).toBeVisible()
})

for (const [written, address] of [
  ['with capitals', `/commentary/${POST.slug.toUpperCase()}`],
  ['as the built file', `/commentary/${POST.slug}.html`],
] as const) {
  test(`a post address ${written} opens the post at its own address`, async ({ page }) => {
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1, name: POST.title })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/commentary/${POST.slug}$`))
  })
}

test('an unknown post says it was not found and offers a way back', async ({ page }) => {
  await page.goto('/commentary/no-such-post')
  await expect(page.getByRole('heading', { level: 1, name: 'Post not found' })).toBeVisible()
  await expect(page).toHaveTitle('Post not found · Digest Reader')
  await expectNoSeriousViolations(page)
  await page.getByRole('link', { name: 'See all commentary' }).click()
  await expect(page).toHaveURL(/\/commentary$/)
  await expect(page.getByRole('link', { name: POST.title })).toBeVisible()
})

for (const theme of THEMES) {
  test(`commentary list and post (${theme}) have no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/commentary')
    await expect(page.getByRole('link', { name: POST.title })).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.goto(`/commentary/${POST.slug}`)
    await expect(page.getByRole('region', { name: 'Related episodes' })).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}

test('commentary screenshots at 390 and 1280 px, light and dark', async ({ page }) => {
  test.setTimeout(180_000)
  await captureAtWidths(page, 'commentary-list', async () => {
    await page.goto('/commentary')
    await expect(page.getByRole('link', { name: POST.title })).toBeVisible()
  })
  await captureAtWidths(page, 'commentary-post', async () => {
    await page.goto(`/commentary/${POST.slug}`)
    await expect(page.getByRole('region', { name: 'Related episodes' })).toBeVisible()
  })
})

test.describe('a long commentary list', () => {
  // The list is served by a route, which a service worker's fetches would pass by.
  test.use({ serviceWorkers: 'block' })

  test('shows a page of posts at a time, and Back from a post returns to the posts opened, at the same place', async ({
    page,
  }) => {
    const posts = Array.from({ length: 45 }, (_, i) => ({
      slug: `post-${i + 1}`,
      title: `Post ${i + 1}`,
      date: null,
      excerpt: `What post ${i + 1} says first.`,
      topics: ['AI'],
    }))
    await page.route('**/data/posts.json', (route) => route.fulfill({ json: { posts } }))
    await page.goto('/commentary')
    const cards = page.getByRole('main').getByRole('article')
    await expect(cards).toHaveCount(20)
    await page.getByRole('button', { name: 'Show more posts (25 more)' }).click()
    await expect(cards).toHaveCount(40)
    // Focus moves to the first post added, not left behind the new rows.
    await expect(page.getByRole('link', { name: 'Post 21', exact: true })).toBeFocused()

    const deep = page.getByRole('link', { name: 'Post 35', exact: true })
    await deep.scrollIntoViewIfNeeded()
    await deep.click()
    await expect(page).toHaveURL(/\/commentary\/post-35$/)
    await page.goBack()
    await expect(cards).toHaveCount(40)
    await expect(deep).toBeInViewport()
    await page.getByRole('button', { name: 'Show more posts (5 more)' }).click()
    await expect(cards).toHaveCount(45)
    await expect(page.getByRole('button', { name: /Show more posts/ })).toHaveCount(0)
  })
})

test.describe('a post with web addresses', () => {
  // The post is served by a route, which a service worker's fetches would pass by.
  test.use({ serviceWorkers: 'block' })

  test('its addresses are links, and a long one wraps on a phone instead of widening the page', async ({
    page,
  }) => {
    const long = `https://example.org/${'a-very-long-path-segment-'.repeat(8)}end?utm_source=newsletter`
    const post = {
      slug: 'a-post-with-links',
      title: 'A post with links',
      date: null,
      blocks: [
        { type: 'paragraph', text: `Here’s the interview: ${long}.`, label: null },
        {
          type: 'quote',
          source: 'Grok',
          intro: 'Here’s what Grok has to say.',
          blocks: [
            { type: 'paragraph', text: 'See https://huggingface.co/blog/open-r1.', label: null },
          ],
        },
      ],
      topics: [],
      relatedEpisodes: [],
    }
    await page.route('**/data/posts/a-post-with-links.json', (route) =>
      route.fulfill({ json: post }),
    )
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/commentary/a-post-with-links')
    await expect(page.getByRole('heading', { level: 1, name: 'A post with links' })).toBeVisible()
    await expect(page.getByRole('link', { name: long })).toHaveAttribute('href', long)
    await expect(
      page.getByRole('figure').getByRole('link', { name: 'https://huggingface.co/blog/open-r1' }),
    ).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  test('an address that fits on a line is not cut in two: it goes to the next line whole', async ({
    page,
  }) => {
    // Twelve paragraphs put the same address at twelve places along a line:
    // cut wherever a line ended (word-break: break-all), some of them came in
    // two pieces at 1280 px though a whole line had room for them.
    const address = 'https://example.org/reports/2025/tariffs'
    const blocks = Array.from({ length: 12 }, (_, k) => ({
      type: 'paragraph' as const,
      text: `${'Some words '.repeat(k + 4)}see ${address} for the data.`,
      label: null,
    }))
    const post = {
      slug: 'links-along',
      title: 'Links along a line',
      date: null,
      blocks,
      topics: [],
      relatedEpisodes: [],
    }
    await page.route('**/data/posts/links-along.json', (route) => route.fulfill({ json: post }))
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/commentary/links-along')
    const links = page.getByRole('link', { name: address })
    await expect(links).toHaveCount(12)
    const pieces = await links.evaluateAll((elements) =>
      elements.map((element) => element.getClientRects().length),
    )
    expect(pieces).toEqual(Array(12).fill(1))
  })
})
