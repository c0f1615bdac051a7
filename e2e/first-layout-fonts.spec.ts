import { expect, test } from '@playwright/test'
import { EpisodePage } from './support/episode-page'

// A cold page's first layout asks the system for each font family, and each
// one the machine lacks costs a lookup: on Linux the monospace search hint and
// the serif "Aa" of the reading settings took four and three of them, the
// largest part of what an episode's first layout spent beyond a plain page's
// (decision 0008, "one font family"). An episode's first screen is in one family.
// Each size and weight of it costs the first layout another request to the
// system (a "strike"), and the emoji font is found again for each: twelve of
// them made it 1.2 times slower than with one (decision 0008, "five fonts").

const SANS = 'system-ui, sans-serif'

for (const width of [390, 1280]) {
  test(`an episode's first screen is set in one font family, in five sizes and weights (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    const episode = await EpisodePage.create(page, request)
    await episode.goto()
    const { families, fonts } = await page.evaluate(() => {
      const found = new Set<string>()
      const sizes = new Set<string>()
      for (const element of document.body.querySelectorAll('*')) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue
        if (!element.getClientRects().length) continue
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        )
        if (!ownText) continue
        const style = getComputedStyle(element)
        found.add(style.fontFamily)
        sizes.add(`${style.fontSize} ${style.fontWeight}`)
      }
      return { families: [...found], fonts: [...sizes].sort() }
    })
    expect(families).toEqual([SANS])
    expect(fonts.length, `sizes and weights laid out: ${fonts.join(', ')}`).toBeLessThanOrEqual(5)
  })
}
