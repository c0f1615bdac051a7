import { expect, type Page, test } from '@playwright/test'
import { addOlderDigest, OLDER } from './support/older-digest'

// "Filter by podcast" keeps only one podcast's episodes and lives in the URL
// (?podcast=<slug>): shareable, kept by a reload, undone by Back.
test.use({ serviceWorkers: 'block' })

const filter = (page: Page) => page.getByRole('combobox', { name: 'Filter by podcast' })

test('on the overview: the URL gets ?podcast=, a reload keeps it, Back restores all', async ({
  page,
}) => {
  await page.goto('/')
  // Once the app runs: a choice made before it is kept by the boot script
  // (e2e/prerender.spec.ts), a different path from the one tested here.
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  const list = page.getByRole('region', { name: 'Top Podcast' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(filter(page).getByRole('option')).toHaveText([
    'All podcasts',
    'All-In Podcast',
    'Chris Williamson',
  ])

  await filter(page).selectOption({ label: 'Chris Williamson' })
  await expect(page).toHaveURL(/\/\?podcast=chris-williamson$/)
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('link', { name: /Men Aren’t Seen As Having Problems/ })).toBeVisible()

  await page.reload()
  await expect(filter(page)).toHaveValue('chris-williamson')
  await expect(list.getByRole('listitem')).toHaveCount(1)

  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(filter(page)).toHaveValue('')
  await expect(list.getByRole('listitem')).toHaveCount(2)

  await page.goForward()
  await expect(filter(page)).toHaveValue('chris-williamson')
  await expect(list.getByRole('listitem')).toHaveCount(1)
})

test('on the archive: only the chosen podcast’s episodes, across days, in the URL', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  await page.goto('/digests')
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: /AI Czar David Sacks/ })).toBeVisible()

  await filter(page).selectOption({ label: 'All-In Podcast' })
  await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast$/)
  // Newest first, both days, and nothing from another podcast.
  const episodes = main.getByRole('link', { name: /AI Czar David Sacks|Tariffs and the Chip Race/ })
  await expect(episodes).toHaveText([/AI Czar David Sacks/, OLDER.allIn.title])
  await expect(main.getByRole('link', { name: /Men Aren’t Seen/ })).toHaveCount(0)
  await expect(main.getByRole('link', { name: OLDER.huberman.title })).toHaveCount(0)

  await page.reload()
  await expect(filter(page)).toHaveValue('all-in-podcast')
  await expect(episodes).toHaveCount(2)

  await filter(page).selectOption({ label: 'Huberman Lab' })
  await expect(page).toHaveURL(/\?podcast=huberman-lab$/)
  await expect(main.getByRole('link', { name: OLDER.huberman.title })).toBeVisible()
  await expect(main.getByRole('link', { name: /AI Czar David Sacks/ })).toHaveCount(0)

  await page.goBack()
  await expect(filter(page)).toHaveValue('all-in-podcast')
  await page.goBack()
  await expect(page).toHaveURL(/\/digests$/)
  await expect(filter(page)).toHaveValue('')
  await expect(main.getByRole('link', { name: /Men Aren’t Seen/ })).toBeVisible()
})

test('arrow keys through the podcasts make one step of history, not one per podcast passed', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  await page.goto('/digests')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  const choices = await filter(page).getByRole('option').count()
  expect(choices).toBeGreaterThan(3)
  await filter(page).focus()
  for (let i = 0; i < 3; i++) {
    const before = page.url()
    await page.keyboard.press('ArrowDown')
    await expect(page).not.toHaveURL(before)
  }
  await expect(page).toHaveURL(/\/digests\?podcast=[a-z-]+$/)
  await expect(filter(page)).toBeFocused()
  // Back to the archive as it was before the run, not to the second podcast passed.
  await page.goBack()
  await expect(page).toHaveURL(/\/digests$/)
  await expect(filter(page)).toHaveValue('')
})

test('a malformed or unknown podcast in the URL never breaks the page', async ({ page }) => {
  await page.goto('/digests?podcast=%3Cscript%3E')
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible()
  await expect(filter(page)).toHaveValue('')
  await expect(
    page.getByRole('main').getByRole('link', { name: /AI Czar David Sacks/ }),
  ).toBeVisible()

  await page.goto('/?podcast=no-such-podcast')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByText('No podcast called “no-such-podcast” is in the digests.'),
  ).toBeVisible()
  await filter(page).selectOption({ label: 'All podcasts' })
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('region', { name: 'Top Podcast' }).getByRole('listitem')).toHaveCount(
    2,
  )
})

// The exploratory test found the filter naming a podcast by its address
// (`the-daily`, `bogus`) when the digest shown had no episode from it.
test('a podcast with no episode in this digest is named, with a way back to all', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  for (const path of ['/?podcast=huberman-lab', '/digests/2025-02-03?podcast=huberman-lab']) {
    await page.goto(path)
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await expect(filter(page)).toHaveValue('huberman-lab')
    await expect(filter(page).getByRole('option', { selected: true })).toHaveText('Huberman Lab')
    const list = page.getByRole('region', { name: 'Top Podcast' })
    await expect(list.getByText('No episode from Huberman Lab in this digest.')).toBeVisible()
    await list.getByRole('button', { name: 'Show all podcasts' }).click()
    await expect(page).toHaveURL(new RegExp(`${path.split('?')[0]}$`))
    await expect(filter(page)).toHaveValue('')
    await expect(list.getByRole('listitem')).toHaveCount(2)
  }
})

test('Show all podcasts, pressed from the keyboard, leaves focus on the filter it reset', async ({
  page,
}) => {
  await page.goto('/?podcast=huberman-lab')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  const list = page.getByRole('region', { name: 'Top Podcast' })
  await list.getByRole('button', { name: 'Show all podcasts' }).focus()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('listitem')).toHaveCount(2)
  // The button went with the message; focus must not fall to the document.
  await expect(filter(page)).toBeFocused()
  await expect(filter(page)).toHaveValue('')
})

test('an address naming no podcast there is does not pass it off as one', async ({ page }) => {
  for (const path of [
    '/?podcast=bogus',
    '/digests/2025-02-03?podcast=bogus',
    '/digests?podcast=bogus',
  ]) {
    await page.goto(path)
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await expect(filter(page).getByRole('option', { selected: true })).toHaveText('Unknown podcast')
    await expect(filter(page).getByRole('option', { name: 'bogus' })).toHaveCount(0)
    await expect(page.getByRole('main').getByText(/podcast called “bogus”/)).toBeVisible()
  }
})

// Filters stay in the URL as the reader moves on (as Miniflux keeps them per
// source): Previous, Next and Archive carry ?podcast= and ?unread=1.
test('the podcast filter and Unread only follow the reader from day to day', async ({
  page,
  request,
}) => {
  await addOlderDigest(page, request)
  await page.goto('/?podcast=all-in-podcast&unread=1')
  await expect(page.locator('html[data-app-ready]')).toBeAttached()
  const pager = page.getByRole('navigation', { name: 'Other digests' })
  await pager.getByRole('link', { name: /Previous digest/ }).click()
  await expect(page).toHaveURL(
    new RegExp(`/digests/${OLDER.date}\\?podcast=all-in-podcast&unread=1$`),
  )
  await expect(filter(page)).toHaveValue('all-in-podcast')
  await expect(page.getByRole('checkbox', { name: 'Unread only' })).toBeChecked()
  const list = page.getByRole('region', { name: 'Top Podcast' })
  await expect(list.getByRole('listitem')).toHaveText([new RegExp(OLDER.allIn.title)])

  await pager.getByRole('link', { name: /Next digest/ }).click()
  await expect(page).toHaveURL(/\/digests\/2025-02-03\?podcast=all-in-podcast&unread=1$/)
  await expect(list.getByRole('listitem')).toHaveText([/AI Czar David Sacks/])

  await pager.getByRole('link', { name: /Archive/ }).click()
  await expect(page).toHaveURL(/\/digests\?podcast=all-in-podcast&unread=1$/)
  await expect(filter(page)).toHaveValue('all-in-podcast')
  await expect(page.getByRole('checkbox', { name: 'Unread only' })).toBeChecked()
  // And from the archive, a day opens filtered the same way.
  await page.getByRole('main').getByRole('link', { name: 'Friday, January 31, 2025' }).click()
  await expect(page).toHaveURL(
    new RegExp(`/digests/${OLDER.date}\\?podcast=all-in-podcast&unread=1$`),
  )
  await expect(filter(page)).toHaveValue('all-in-podcast')
})
