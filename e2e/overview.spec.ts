import { expect, test } from '@playwright/test'

test.describe('overview', () => {
  test('shows the latest digest with its Top Podcast list linking to each episode', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('Digest Reader')
    await expect(
      page.getByRole('heading', { level: 1, name: "AI's Global Impact & Gender Talks 🎙️🌍" }),
    ).toBeVisible()
    await expect(page.getByText('Monday, February 3, 2025')).toBeVisible()
    const list = page.getByRole('region', { name: 'Top Podcast' })
    await expect(list.getByRole('listitem')).toHaveCount(2)
    await expect(list.getByText(/release of a Chinese open-source AI model/)).toBeVisible()

    await list
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

  test('links to the archive and says where the archive ends', async ({ page }) => {
    await page.goto('/')
    const pager = page.getByRole('navigation', { name: 'Other digests' })
    await expect(pager.getByText('This is the latest digest.')).toBeVisible()
    await expect(pager.getByText('This is the first digest.')).toBeVisible()
    await pager.getByRole('link', { name: /Archive/ }).click()
    await expect(page).toHaveURL(/\/digests$/)
  })

  test('filters the Top Podcast list by podcast, in the URL, across reload and back', async ({
    page,
  }) => {
    await page.goto('/')
    const list = page.getByRole('region', { name: 'Top Podcast' })
    await page.getByLabel('Filter by podcast').selectOption({ label: 'Chris Williamson' })
    await expect(page).toHaveURL(/\?podcast=chris-williamson$/)
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(
      list.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ }),
    ).toBeVisible()

    await page.reload()
    await expect(page.getByLabel('Filter by podcast')).toHaveValue('chris-williamson')
    await expect(list.getByRole('listitem')).toHaveCount(1)

    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
    await expect(list.getByRole('listitem')).toHaveCount(2)
  })

  test('the digest page of a date shows that day like the overview', async ({ page }) => {
    await page.goto('/digests/2025-02-03')
    await expect(page.getByRole('heading', { level: 1, name: /AI's Global Impact/ })).toBeVisible()
    await expect(page).toHaveTitle(/AI's Global Impact .*· Digest Reader/)
  })

  test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await page.getByRole('button', { name: 'Switch to dark theme' }).click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.reload()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
  })

  test('a skip link leads keyboard users to the content', async ({ page }) => {
    await page.goto('/')
    // The first Tab must land on the rendered page, not on a document still loading.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await skip.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })
})
