import { describe, expect, it } from 'vitest'
import { allowSource, allows, hashSource, metaPolicy, withMetaPolicy } from '../csp/policy'
import {
  externalThemeScript,
  inlineStylesheets,
  inlineThemeScript,
  stylesheetsOf,
} from './inline-head'

const THEME = "document.documentElement.classList.toggle('dark', false)\n"
const CSS = 'body{color:red}'

function template(allowedTheme: string): string {
  const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<script src="/theme-init.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index.css">
</head><body><div id="root"></div></body></html>`
  return withMetaPolicy(
    page,
    allowSource(metaPolicy(page) ?? '', 'script-src', hashSource(allowedTheme)),
  )
}

describe('inlineThemeScript', () => {
  it('puts the theme script in the page, so the first paint waits on no request', () => {
    const html = inlineThemeScript(template(THEME), THEME)
    expect(html).toContain(`<script>${THEME}</script>`)
    expect(html).not.toContain('theme-init.js')
  })

  it('refuses a script the policy does not allow by its hash (a page it would leave unthemed)', () => {
    expect(() => inlineThemeScript(template(THEME), 'x()')).toThrow(/script-src/)
  })

  it('refuses text that would close its element early', () => {
    const script = 'x("</script>")'
    expect(() => inlineThemeScript(template(script), script)).toThrow(/closes/)
  })
  it('can be undone, so the prerender can run again over a shell it already wrote', () => {
    const built = template(THEME)
    const inline = inlineThemeScript(built, THEME)
    expect(externalThemeScript(inline, THEME)).toBe(built)
    expect(externalThemeScript(built, THEME)).toBe(built)
    expect(inlineThemeScript(externalThemeScript(inline, THEME), THEME)).toBe(inline)
  })
})

describe('inlineStylesheets', () => {
  it("puts the page's own rules in place of the link and allows exactly them in its policy", () => {
    const shell = template(THEME)
    expect(stylesheetsOf(shell)).toEqual(['/assets/index.css'])
    const html = inlineStylesheets(shell, { '/assets/index.css': CSS })
    expect(html).toContain(`<style>${CSS}</style>`)
    expect(html).not.toContain('rel="stylesheet"')
    const policy = metaPolicy(html) ?? ''
    expect(allows(policy, 'style-src', hashSource(CSS))).toBe(true)
    expect(allows(policy, 'style-src', "'self'")).toBe(true)
  })

  it('refuses a stylesheet it was given no text for, or text that would close its element', () => {
    expect(() => inlineStylesheets(template(THEME), {})).toThrow(/no text given/)
    expect(() =>
      inlineStylesheets(template(THEME), { '/assets/index.css': 'a::after{content:"</style>"}' }),
    ).toThrow(/closes/)
  })
})
