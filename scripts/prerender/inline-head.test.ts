import { describe, expect, it } from 'vitest'
import { allowSource, hashSource, metaPolicy, withMetaPolicy } from '../csp/policy'
import { inlineHead, stylesheetsOf } from './inline-head'

const THEME = "document.documentElement.classList.toggle('dark', false)\n"
const CSS = 'body{color:red}'

function template(policyFor: { theme: string; css: string }): string {
  const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<script src="/theme-init.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index.css">
</head><body><div id="root"></div></body></html>`
  let policy = metaPolicy(page) ?? ''
  policy = allowSource(policy, 'script-src', hashSource(policyFor.theme))
  policy = allowSource(policy, 'style-src', hashSource(policyFor.css))
  return withMetaPolicy(page, policy)
}

describe('inlineHead', () => {
  it('puts the theme script and the stylesheet in the page, so the first paint waits on no request', () => {
    const shell = template({ theme: THEME, css: CSS })
    expect(stylesheetsOf(shell)).toEqual(['/assets/index.css'])
    const html = inlineHead(shell, { themeScript: THEME, styles: { '/assets/index.css': CSS } })
    expect(html).toContain(`<script>${THEME}</script>`)
    expect(html).toContain(`<style>${CSS}</style>`)
    expect(html).not.toMatch(/theme-init\.js|rel="stylesheet"/)
  })

  it('refuses text the policy does not allow by its hash (a page it would leave unstyled)', () => {
    const shell = template({ theme: THEME, css: CSS })
    expect(() =>
      inlineHead(shell, { themeScript: THEME, styles: { '/assets/index.css': 'body{}' } }),
    ).toThrow(/style-src/)
    expect(() =>
      inlineHead(shell, { themeScript: 'x()', styles: { '/assets/index.css': CSS } }),
    ).toThrow(/script-src/)
  })

  it('refuses text that would close its element early', () => {
    const css = 'a::after{content:"</style>"}'
    const shell = template({ theme: THEME, css })
    expect(() =>
      inlineHead(shell, { themeScript: THEME, styles: { '/assets/index.css': css } }),
    ).toThrow(/closes/)
  })
})
