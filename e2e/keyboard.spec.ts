import { expect, type Page, test } from '@playwright/test'
import { SHORTCUT_HELP } from '../src/features/episodes/shortcuts'
import { EpisodePage } from './support/episode-page'
import { addOlderDigest, OLDER } from './support/older-digest'

// Every shortcut of the episode page (issue 4, "Keyboard-first"), pressed the
// way a reader presses it, checked by what the reader sees and hears: the
// section that opens, where focus lands, and what the live region says.

function helpDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Keyboard shortcuts' })
}

function headerSearch(page: Page) {
  return page.getByRole('searchbox', { name: 'Search digests and commentary' })
}

test.describe('keyboard shortcuts on an episode page', () => {
  test('j and k move between sections, moving focus and announcing where it is', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const total = episode.episode.sections.length
    const [first, second] = episode.episode.sections
    if (!first || !second) throw new Error('the seed episode has fewer than two sections')

    await page.keyboard.press('j')
    await expect(episode.toggle(first)).toBeFocused()
    await expect(episode.announcement(`Section 1 of ${total}: ${first.title}`)).toBeVisible()

    await page.keyboard.press('j')
    await expect(episode.toggle(second)).toBeFocused()
    await expect(episode.toggle(second)).toBeInViewport()
    await expect(episode.announcement(`Section 2 of ${total}: ${second.title}`)).toBeVisible()

    await page.keyboard.press('k')
    await expect(episode.toggle(first)).toBeFocused()
    await expect(episode.announcement(`Section 1 of ${total}: ${first.title}`)).toBeVisible()

    // Moving never opens anything by itself.
    await episode.expectExpanded(first, false)
    await episode.expectExpanded(second, false)

    // At the top, k says so and focus stays.
    await page.keyboard.press('k')
    await expect(episode.announcement('This is the first section.')).toBeVisible()
    await expect(episode.toggle(first)).toBeFocused()
  })

  test('j walks into the sub-sections of an open section, and stops at the last section', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const seven = episode.section('7')
    const sub = episode.section('7.1')
    await episode.toggle(seven).click()
    await expect(episode.toggle(seven)).toBeFocused()

    await page.keyboard.press('j')
    await expect(episode.toggle(sub)).toBeFocused()
    await expect(episode.announcement(`Sub-section 7.1: ${sub.title}`)).toBeVisible()

    const last = episode.episode.sections.at(-1)
    if (!last) throw new Error('no sections')
    await episode.toggle(last).focus()
    await page.keyboard.press('j')
    await expect(episode.announcement('This is the last section.')).toBeVisible()
    await expect(episode.toggle(last)).toBeFocused()
  })

  test('o opens and closes the current section, keeping focus on its heading', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.sectionWithBullets()
    const bullet = page.getByText(section.bullets[0] ?? '', { exact: true })

    // With no section chosen yet, o explains what to do instead of guessing.
    await page.keyboard.press('o')
    await expect(
      episode.announcement('No section selected. Press j to go to the first section.'),
    ).toBeVisible()

    await episode.toggle(section).focus()
    await page.keyboard.press('o')
    await episode.expectExpanded(section)
    await expect(bullet).toBeVisible()
    await expect(episode.announcement(`Opened “${section.title}”.`)).toBeVisible()
    await expect(episode.toggle(section)).toBeFocused()

    await page.keyboard.press('o')
    await episode.expectExpanded(section, false)
    await expect(bullet).toBeHidden()
    await expect(episode.announcement(`Closed “${section.title}”.`)).toBeVisible()
    await expect(episode.toggle(section)).toBeFocused()
  })

  test('Enter opens and closes the section being read, also when focus is not on a control', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.sectionWithBullets()
    const bullet = page.getByText(section.bullets[0] ?? '', { exact: true })

    // On the heading button, Enter is the button's own: it toggles the section.
    await episode.toggle(section).focus()
    await page.keyboard.press('Enter')
    await episode.expectExpanded(section)
    await expect(bullet).toBeVisible()

    // Clicking the text puts focus back on the page; the section read is still current.
    await episode
      .toggle(section)
      .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }))
    await bullet.click()
    await expect(episode.toggle(section)).not.toBeFocused()
    await page.keyboard.press('Enter')
    await episode.expectExpanded(section, false)
    await expect(episode.announcement(`Closed “${section.title}”.`)).toBeVisible()
    await expect(episode.toggle(section)).toBeFocused()
  })

  test('b bookmarks the current section and b again removes it', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const [first] = episode.episode.sections
    if (!first) throw new Error('no sections')

    await page.keyboard.press('j')
    await expect(episode.toggle(first)).toBeFocused()
    await page.keyboard.press('b')
    await expect(episode.bookmark(first)).toHaveAttribute('aria-pressed', 'true')
    await expect(episode.announcement(`Bookmarked “${first.title}”.`)).toBeVisible()
    // Focus stays on the section, so j/k carry on from here.
    await expect(episode.toggle(first)).toBeFocused()

    await page.goto('/bookmarks')
    await expect(page.getByRole('link', { name: `1. ${first.title}` })).toHaveAttribute(
      'href',
      episode.url(first.id),
    )

    await episode.goto()
    await page.keyboard.press('j')
    await page.keyboard.press('b')
    await expect(episode.bookmark(first)).toHaveAttribute('aria-pressed', 'false')
    await expect(episode.announcement(`Removed the bookmark for “${first.title}”.`)).toBeVisible()
    await page.goto('/bookmarks')
    await expect(page.getByText('No bookmarks yet')).toBeVisible()
  })

  test('c copies the deep link of the current section and confirms it', async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('4')
    await episode.toggle(section).focus()

    await page.keyboard.press('c')
    await expect(episode.announcement(`Link to “${section.title}” copied.`)).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(copied).pathname).toBe(episode.path)
    expect(new URL(copied).hash).toBe(`#${section.id}`)
    await expect(episode.toggle(section)).toBeFocused()

    // The copied link opens that section.
    await page.goto(copied)
    await episode.expectOpenInView(section)
  })

  test('] and [ go to the next and previous episode, with focus on its title', async ({
    page,
    request,
  }) => {
    const first = await EpisodePage.create(page, request, 0)
    const second = await EpisodePage.create(page, request, 1)
    await first.goto()

    await page.keyboard.press(']')
    await expect(page).toHaveURL(second.path)
    await expect(second.title).toBeFocused()

    await page.keyboard.press('[')
    await expect(page).toHaveURL(first.path)
    await expect(first.title).toBeFocused()

    // At the ends of the archive, the keys say there is nothing further.
    await page.keyboard.press('[')
    await expect(first.announcement('There is no previous episode.')).toBeVisible()
    await expect(page).toHaveURL(first.path)
    await second.goto()
    await page.keyboard.press(']')
    await expect(second.announcement('There is no next episode.')).toBeVisible()
    await expect(page).toHaveURL(second.path)
  })

  test('[ crosses into the day before when there is an older digest', async ({ page, request }) => {
    await addOlderDigest(page, request)
    const first = await EpisodePage.create(page, request, 0)
    await first.goto()
    // The older digest is known once the pager offers it (the index loads after the page).
    await expect(
      page
        .getByRole('navigation', { name: 'More episodes' })
        .getByRole('link', { name: new RegExp(OLDER.huberman.title) }),
    ).toBeVisible()

    await page.keyboard.press('[')
    await expect(page).toHaveURL(`/digests/${OLDER.date}/${OLDER.huberman.slug}`)
    const olderTitle = page.getByRole('heading', { level: 1, name: OLDER.huberman.title })
    await expect(olderTitle).toBeFocused()

    await page.keyboard.press(']')
    await expect(page).toHaveURL(first.path)
    await expect(first.title).toBeFocused()
  })

  test('? opens a help dialog listing every shortcut; Escape closes it and focus returns', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('3')
    await episode.toggle(section).focus()

    await page.keyboard.press('?')
    const dialog = helpDialog(page)
    await expect(dialog).toBeVisible()
    for (const shortcut of SHORTCUT_HELP) {
      const row = dialog.getByRole('row').filter({
        has: page.getByRole('cell', { name: shortcut.description, exact: true }),
      })
      await expect(row).toHaveCount(1)
      for (const key of shortcut.keys)
        await expect(row.getByText(key, { exact: true })).toBeVisible()
    }
    // Every key of the issue is in the dialog.
    for (const key of ['j', 'k', 'o', 'Enter', 'b', 'c', '[', ']', '?']) {
      await expect(dialog.locator('kbd').getByText(key, { exact: true })).toBeVisible()
    }

    // While the dialog is open the page behind does not react to shortcuts.
    await page.keyboard.press('o')
    await episode.expectExpanded(section, false)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(episode.toggle(section)).toBeFocused()

    // The toolbar button opens the same dialog; its Close button returns focus to it.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' })
    await button.click()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
  })

  test('shortcuts do not fire while typing in the header search field', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const search = headerSearch(page)
    await search.click()
    await page.keyboard.type('jkobc[]?')
    await page.keyboard.press('Enter')
    // Enter submitted the search: the text went to the field, not to the page.
    await expect(page).toHaveURL(/\/search\?q=jkobc/)

    await episode.goto()
    await search.click()
    await page.keyboard.type('b?o]')
    await expect(search).toHaveValue('b?o]')
    await expect(search).toBeFocused()
    await expect(helpDialog(page)).toBeHidden()
    await expect(page).toHaveURL(episode.path)
    for (const toggle of episode.sectionToggles()) {
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    }
    await expect(page.getByRole('button', { name: /^Bookmark “/, pressed: true })).toHaveCount(0)
  })

  test('with modifier keys held, the letters are left to the browser', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const section = episode.section('2')
    await episode.toggle(section).focus()
    await page.keyboard.press('Control+b')
    await page.keyboard.press('Alt+o')
    await expect(episode.bookmark(section)).toHaveAttribute('aria-pressed', 'false')
    await episode.expectExpanded(section, false)
  })
})

test.describe('the toolbar', () => {
  test('fits on one row at the reading column’s width, the help button named in full', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    await page.setViewportSize({ width: 1280, height: 800 })
    await episode.goto()
    const help = page.getByRole('button', { name: 'Keyboard shortcuts' })
    const toolbar = [
      page.getByRole('button', { name: 'Mark as read' }),
      page.getByRole('button', { name: 'Key points only' }),
      page.getByRole('button', { name: 'Reading settings' }),
      help,
    ]
    // Each must be on screen: hidden ones have no box, and undefined tops would agree.
    for (const button of toolbar) await expect(button).toBeVisible()
    const tops = await Promise.all(toolbar.map(async (button) => (await button.boundingBox())?.y))
    expect(new Set(tops).size, `tops: ${tops.join(', ')}`).toBe(1)
    await expect(help).toHaveText('Shortcuts')
  })
})

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } })

  test('the toolbar leaves out the keyboard help a phone cannot use', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    await expect(page.getByRole('button', { name: 'Reading settings' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden()
  })
})
