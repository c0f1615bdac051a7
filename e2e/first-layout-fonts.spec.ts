import { expect, test } from '@playwright/test'
import { EpisodePage } from './support/episode-page'

// A cold page's first layout asks the system for each font family, and each
// one the machine lacks costs a lookup: on Linux the monospace search hint and
// the serif "Aa" of the reading settings took four and three of them, the
// largest part of what an episode's first layout spent beyond a plain page's
// (decision 0008, "one font family"). An episode's first screen is in one family.

const SANS = 'system-ui, sans-serif'

for (const width of [390, 1280]) {
  test(`an episode's first screen is set in one font family (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const families = await page.evaluate(() => {
      const found = new Set<string>()
      for (const element of document.body.querySelectorAll('*')) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue
        if (!element.getClientRects().length) continue
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        )
        if (ownText) found.add(getComputedStyle(element).fontFamily)
      }
      return [...found]
    })
    expect(families).toEqual([SANS])
  })
}
