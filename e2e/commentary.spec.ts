import { expect, test } from '@playwright/test'

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
