import { mkdir, writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { EpisodePage } from './support/episode-page'
import { SAVE_SCREENSHOTS } from './support/page-checks'

// Printing an episode gives the whole text: every section open, none of the
// app's chrome, black on white, and each content link followed by its URL.

test('a printed episode shows collapsed sections and hides the navigation', async ({
  page,
  request,
}) => {
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  const section = episode.sectionWithBullets()
  const bullet = page.getByText(section.bullets[0] ?? '', { exact: true })
  await expect(bullet).toBeHidden()

  await page.emulateMedia({ media: 'print' })
  await expect(bullet).toBeVisible()
  // Every section's text is there, not just the first one.
  for (const other of episode.episode.sections) {
    const first = other.bullets[0]
    if (first) await expect(page.getByText(first, { exact: true }).first()).toBeVisible()
  }
  await expect(episode.heading(section)).toBeVisible()

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(episode.contents).toBeHidden()
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden()
  await expect(episode.copyLink(section)).toBeHidden()

  await page.emulateMedia({ media: 'screen' })
  await expect(bullet).toBeHidden()
})

test('print is black on white, also from the dark theme', async ({ page, request }) => {
  const episode = await EpisodePage.create(page, request)
  await page.addInitScript(() => localStorage.setItem('digest-reader:theme', 'dark'))
  await episode.goto()
  await page.emulateMedia({ media: 'print' })
  const colours = await page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector)
      return element ? getComputedStyle(element) : null
    }
    return {
      body: style('body')?.backgroundColor,
      title: style('h1')?.color,
      summary: style('main p')?.color,
    }
  })
  expect(colours.body).toMatch(/^rgb\(255, 255, 255\)|^rgba\(0, 0, 0, 0\)/)
  expect(colours.title).toBe('rgb(0, 0, 0)')
  expect(colours.summary).toBe('rgb(0, 0, 0)')
})

test('printed content links are followed by their full address; a PDF can be made', async ({
  page,
  request,
  baseURL,
}) => {
  const episode = await EpisodePage.create(page, request)
  await episode.goto()
  // The browser fires beforeprint when the reader prints; emulation does not.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  const podcastLink = page.getByRole('main').getByRole('link', { name: episode.episode.podcast })
  const after = await podcastLink.evaluate((link) => getComputedStyle(link, '::after').content)
  expect(after).toBe(`" (${baseURL}/podcasts/${episode.episode.podcastSlug})"`)

  const pdf = await page.pdf({ format: 'A4', printBackground: false })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // Saved for people to look at, like the screenshots (never in CI).
  if (SAVE_SCREENSHOTS) {
    await mkdir('screenshots', { recursive: true })
    await writeFile('screenshots/episode-print.pdf', pdf)
  }
})
