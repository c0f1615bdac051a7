import { readFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SiteLogo } from './site-logo'

/** The shapes of an SVG, attributes in order, whatever the wrapper. */
function shapes(svg: string): string[] {
  return [...svg.matchAll(/<(rect|path|circle)\b([^>]*?)\/?>/g)].map(
    ([, tag, attributes]) => `${tag}${(attributes ?? '').replace(/\s+/g, ' ').trimEnd()}`,
  )
}

describe('SiteLogo', () => {
  it('draws what the favicon draws', () => {
    const favicon = readFileSync('public/favicon.svg', 'utf8')
    expect(shapes(favicon).length).toBeGreaterThan(0)
    expect(shapes(renderToStaticMarkup(<SiteLogo />))).toEqual(shapes(favicon))
  })
})
