import { expect, test } from '@playwright/test'
import { EpisodePage } from './support/episode-page'
import { scaleBaseURL, scaleDigestsOldestFirst } from './support/scale-site'

test.describe('deep links to sections', () => {
  test('a cold load opens the linked section in view, and a reload keeps it', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('9')
    await episode.goto(target.id)

    await episode.expectOpenInView(target)
    // Only the linked section was opened.
    await episode.expectExpanded(episode.section('1'), false)
    await expect(episode.contentsEntry(target)).toHaveAttribute('aria-current', 'location')
    // A page the browser loaded leaves focus where the browser put it.
    await expect(episode.toggle(target)).not.toBeFocused()

    await page.reload()
    await expect(episode.title).toBeAttached()
    await episode.expectOpenInView(target)
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await expect(episode.toggle(target)).not.toBeFocused()
  })

  test('Back to an episode opened at a section returns to where the reader read on to, not to the section', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('3')
    await episode.goto(target.id)
    await episode.expectOpenInView(target)
    await episode.expandAll.click()
    // Read on to the end, well past the linked section, where the link to the next episode is.
    const place = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight)
      return Math.round(window.scrollY)
    })
    await expect(episode.toggle(target)).not.toBeInViewport()
    await page.getByRole('link', { name: /Next episode/ }).click()
    await expect(page).not.toHaveURL(new RegExp(`${episode.path}#`))
    await page.goBack()
    await expect(episode.title).toBeAttached()
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(place)
    // Not jumped back up to the section the address names, even a moment later.
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(place)
    await expect(episode.toggle(target)).not.toBeInViewport()
  })

  test('a sub-section link opens its parent section first', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    const sub = episode.section('7.2')
    await episode.goto(sub.id)

    await episode.expectExpanded(episode.section('7'))
    await episode.expectOpenInView(sub)
    await expect(
      page.locator(`[id="${sub.id}"]`).getByText('No details in this part of the digest.'),
    ).toBeVisible()
  })

  test('a changed fragment opens the new section, and back returns to the previous one', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const first = episode.section('2')
    const second = episode.section('10')
    await episode.goto(first.id)
    await episode.expectOpenInView(first)

    // As if the reader edited the address bar: a same-document fragment navigation.
    await page.goto(episode.url(second.id))
    await episode.expectOpenInView(second)

    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`#${first.id}$`))
    await episode.expectOpenInView(first)
  })

  test('in-app navigation to a deep link (from another page) opens the section', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('8')
    // Bookmark it, then follow the link from the bookmarks page: a client-side navigation.
    await episode.goto()
    await episode.bookmark(target).click()
    await page.goto('/bookmarks')
    await page.getByRole('link', { name: `${target.number}. ${target.title}` }).click()
    await expect(page).toHaveURL(new RegExp(`${episode.path}#${target.id}$`))
    await episode.expectOpenInView(target)
  })

  test('following a link into a section from another page puts focus on that section', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('8')
    const sub = episode.section('7.1')
    // A search result: a link followed within the app, pressed from the keyboard.
    await page.goto('/search?q=H100s')
    await expect(page.locator('html[data-app-ready]')).toBeAttached()
    await page
      .getByRole('link', { name: new RegExp(`${target.number}\\. .*${target.title}`) })
      .press('Enter')
    await expect(page).toHaveURL(new RegExp(`${episode.path}#${target.id}$`))
    await episode.expectOpenInView(target)
    // Not left on the document (the link went with the search page): the next
    // Tab and a screen reader continue from the section the reader chose.
    await expect(episode.toggle(target)).toBeFocused()

    // A sub-section, from the bookmarks page: the same.
    await episode.bookmark(target).click()
    await episode.toggle(episode.section('7')).click()
    await episode.bookmark(sub).click()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bookmarks' })
      .click()
    // The episode stays on screen until the bookmarks page is ready (a
    // transition), and its own contents list has a link of the same name:
    // pressed there, the press stayed on the episode (flaky in CI).
    await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible()
    await page.getByRole('link', { name: `${sub.number} ${sub.title}` }).press('Enter')
    await episode.expectOpenInView(sub)
    await expect(episode.toggle(sub)).toBeFocused()

    // Back to it from another page: the same again.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Podcasts' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Podcasts' })).toBeVisible()
    await page.goBack()
    await episode.expectOpenInView(sub)
    await expect(episode.toggle(sub)).toBeFocused()
  })

  test('a link retyped with capitals opens the episode at its own address, with its section', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('8')
    const shouted = `/Digests/${episode.digest.date}/${episode.episode.slug.toUpperCase()}`
    await page.goto(`${shouted}?from=mail#${target.id.toUpperCase()}`)

    await expect(episode.title).toBeVisible()
    await expect(page).toHaveURL(
      new RegExp(`${episode.path}\\?from=mail#${target.id.toUpperCase()}$`),
    )
    await episode.expectOpenInView(target)
    // A page the browser loaded, but from the shell: the browser found no
    // section of that name to start the next Tab from, so the section has focus.
    await expect(episode.toggle(target)).toBeFocused()
    await expect(page.getByRole('heading', { level: 1, name: 'Episode not found' })).toHaveCount(0)
  })

  test('an address written as the built file, or with the date’s zeros left out, opens the page at its own address', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const target = episode.section('8')
    const { date } = episode.digest
    // The seed's digest is of 2025-02-03: "2025-2-3" as a reader types it.
    const unpadded = date.replace(/-0/g, '-')
    expect(unpadded).not.toBe(date)

    await page.goto(`/digests/${unpadded}/${episode.episode.slug}.html#${target.id}`)
    await expect(page).toHaveURL(new RegExp(`${episode.path}#${target.id}$`))
    await expect(episode.title).toBeVisible()
    await episode.expectOpenInView(target)

    for (const written of [`/digests/${date}.html`, `/digests/${unpadded}`]) {
      await page.goto(written)
      await expect(page).toHaveURL(new RegExp(`/digests/${date}$`))
      await expect(page.getByRole('link', { name: episode.episode.title }).first()).toBeVisible()
      await expect(page.getByRole('heading', { name: /not found/ })).toHaveCount(0)
    }
  })

  test('an unknown anchor says so and leaves the page usable', async ({ page, request }) => {
    const episode = await EpisodePage.create(page, request)
    await episode.goto('no-such-section')

    const notice = page.getByText('The section “no-such-section” was not found in this episode.')
    await expect(notice).toBeVisible()
    const section = episode.sectionWithBullets()
    await episode.toggle(section).click()
    await episode.expectExpanded(section)

    await page.getByRole('link', { name: 'dismiss this notice' }).click()
    await expect(notice).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`${episode.path}$`))

    // A valid fragment after an unknown one clears the notice too.
    await page.goto(episode.url('still-not-here'))
    await expect(page.getByText('The section “still-not-here” was not found')).toBeVisible()
    const target = episode.section('3')
    await episode.contentsEntry(target).click()
    await episode.expectOpenInView(target)
    await expect(page.getByText('was not found in this episode')).toBeHidden()
  })

  test('the notice’s link to the contents shows them, folded on a phone or with Key points only', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const first = episode.section('1')
    await page.setViewportSize({ width: 390, height: 844 })
    await episode.goto('no-such-section')
    const notice = page.getByRole('status').filter({ hasText: 'was not found in this episode' })
    await notice.getByRole('link', { name: 'contents' }).click()
    // Once the page has come to rest: the contents in view from their heading
    // (the notice leaving above them must not carry the page past it), and
    // unfolded (on a phone they were folded behind that heading).
    await expect
      .poll(async () => {
        const before = await page.evaluate(() => window.scrollY)
        await page.waitForTimeout(250)
        return before === (await page.evaluate(() => window.scrollY))
      })
      .toBe(true)
    await expect(page.getByRole('button', { name: /^Contents/ })).toBeInViewport({ ratio: 1 })
    await expect(episode.contentsEntry(first)).toBeInViewport({ ratio: 1 })

    // Key points only shows the section titles in place of the contents.
    await page.getByRole('button', { name: 'Key points only' }).click()
    await page.goto(episode.url('still-not-here'))
    await expect(page.getByText('The section “still-not-here” was not found')).toBeVisible()
    await notice.getByRole('link', { name: 'contents' }).click()
    await expect(page.getByText('The section “contents” was not found')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2, name: 'Sections' })).toBeInViewport()
  })

  test('the notice’s links, followed from the keyboard, leave focus where they lead', async ({
    page,
    request,
  }) => {
    const episode = await EpisodePage.create(page, request)
    const notice = page.getByRole('status').filter({ hasText: 'was not found in this episode' })
    // Each link takes the notice away with itself: focus must not fall to the document.
    await episode.goto('no-such-section')
    await notice.getByRole('link', { name: 'contents' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeFocused()

    await episode.goto('still-not-here')
    await notice.getByRole('link', { name: 'dismiss this notice' }).focus()
    await page.keyboard.press('Enter')
    await expect(notice).toHaveCount(0)
    await expect(page.getByRole('main')).toBeFocused()

    await page.getByRole('button', { name: 'Key points only' }).click()
    await episode.goto('not-here-either')
    await notice.getByRole('link', { name: 'contents' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Sections' })).toBeFocused()
  })

  test('a copied link opens the same section in a new tab', async ({ page, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const sub = episode.section('7.1')
    await episode.toggle(episode.section('7')).click()
    await episode.copyLink(sub).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())

    const tab = await context.newPage()
    await tab.goto(link)
    const there = new EpisodePage(tab, episode.digest, episode.episode)
    await there.expectOpenInView(sub)
  })
})

// An episode older than the prerendered ones: the shell's page, which the app
// renders after the browser has looked for the fragment and not found it.
test.describe('deep links to sections of an older episode', () => {
  test.use({ baseURL: scaleBaseURL })

  test('a cold load lets the next Tab go on from the linked section, as a prerendered page does', async ({
    page,
    request,
  }) => {
    const { value: digest } = await scaleDigestsOldestFirst(request).next()
    const episode = digest?.episodes[0]
    const section = episode?.sections[2]
    if (!digest || !episode || !section) throw new Error('the 1,000-digest archive changed')
    await page.goto(`/digests/${digest.date}/${episode.slug}#${section.id}`)
    const toggle = page.getByRole('button', { name: new RegExp(`^${section.number}\\. `) })
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 20_000 })
    await expect(toggle).toBeInViewport()
    await page.keyboard.press('Tab')
    // Not "Skip to content" at the top, 25 stops above the section.
    const focused = page.locator(':focus')
    await expect(focused).not.toHaveText('Skip to content')
    const inSection = await focused.evaluate(
      (element, id) =>
        element.closest(`[id="${id}"]`) !== null ||
        element.closest('section')?.querySelector(`[id="${id}"]`) !== null,
      section.id,
    )
    expect(inSection).toBe(true)
  })
})
