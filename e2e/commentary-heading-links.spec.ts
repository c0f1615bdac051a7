import { expect, test } from '@playwright/test'

// The seed post has no headings, so a post laid out with them is served in
// its place at an address of its own (not prerendered: the shell's page).
const SLUG = 'headed-post'
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'paragraph' as const,
    text: `Paragraph ${i + 1}: importers pass the tariff on to the shops, and the shops to the reader, who pays it in the end.`,
    label: null,
  }))
const POST = {
  slug: SLUG,
  title: 'Why tariffs fail',
  date: null,
  blocks: [
    { type: 'heading', text: 'Prices rise', id: 'prices-rise' },
    ...filler(8),
    {
      type: 'quote',
      source: 'Grok',
      intro: 'Here’s what Grok has to say.',
      blocks: [
        { type: 'heading', text: 'What remains open', id: 'what-remains-open' },
        { type: 'paragraph', text: 'Independent replication has not been published.', label: null },
      ],
    },
    { type: 'heading', text: 'Conclusion', id: 'conclusion' },
    ...filler(8),
    { type: 'heading', text: 'Conclusion', id: 'conclusion-2' },
    ...filler(12),
  ],
  topics: [],
  relatedEpisodes: [],
}

test.beforeEach(async ({ page }) => {
  await page.route(`**/data/posts/${SLUG}.json*`, (route) => route.fulfill({ json: POST }))
})

test('an address with a heading’s anchor opens the post at that heading', async ({ page }) => {
  await page.goto(`/commentary/${SLUG}#conclusion-2`)
  const second = page.getByRole('heading', { level: 2, name: 'Conclusion' }).nth(1)
  await expect(second).toHaveAttribute('id', 'conclusion-2')
  await expect(second).toBeInViewport()
  // Keyboard and screen-reader users go on from it (the shell's page: the
  // browser's own :target was looked for before the post was rendered).
  await expect(second).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'Prices rise' })).not.toBeInViewport()
})

test('each heading offers to copy its link, and the link opens the post there', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/commentary/${SLUG}`)
  await expect(page.getByRole('button', { name: 'Copy link to “Prices rise”' })).toBeVisible()
  // Two headings with one text: each button says which it is, and copies its own anchor.
  await expect(page.getByRole('button', { name: /^Copy link to “Conclusion”/ })).toHaveCount(2)
  await expect(
    page.getByRole('button', { name: 'Copy link to “Conclusion” (1 of 2)' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Copy link to “Conclusion” (2 of 2)' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(page.url()).origin}/commentary/${SLUG}#conclusion-2`,
  )
  // A quoted answer's heading (h3) too.
  const button = page.getByRole('button', { name: 'Copy link to “What remains open”' })
  await button.click()
  await expect(page.getByRole('status').filter({ hasText: 'Link to' })).toHaveText(
    'Link to “What remains open” copied.',
  )
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(`${new URL(page.url()).origin}/commentary/${SLUG}#what-remains-open`)

  await page.setViewportSize({ width: 390, height: 844 })
  const tab = await context.newPage()
  await tab.route(`**/data/posts/${SLUG}.json*`, (route) => route.fulfill({ json: POST }))
  await tab.setViewportSize({ width: 390, height: 844 })
  await tab.goto(link)
  await expect(tab.getByRole('heading', { level: 3, name: 'What remains open' })).toBeInViewport()
})
