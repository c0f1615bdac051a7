// A prerendered page paints from its HTML alone, so nothing in its head may
// wait on the network: the theme script (parser-blocking) and the page's own
// stylesheet (render-blocking) are inline. Measured: two round trips before
// the first frame, ~0.3-0.4 s under a 4x slowed CPU (docs/decisions/0008,
// third addendum). The theme script is the same on every page, so the build
// allows it by its sha256 in index.html's policy (scripts/csp/vite-plugin.ts);
// each page's stylesheet is its own (critical-css.ts, fourth addendum), so
// its hash goes into that page's policy here. The app shell (index.html) has
// the theme script inline too: it paints the app's frame from its HTML
// (decision 0011), and its blocking request held that frame back. Its
// stylesheet stays a file, shared by every page the app renders.
import { allowSource, allows, hashSource, metaPolicy, withMetaPolicy } from '../csp/policy'

const THEME_SCRIPT = '<script src="/theme-init.js"></script>'
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g

/** The addresses of the template's stylesheets, for the caller to read. */
export function stylesheetsOf(template: string): string[] {
  return [...template.matchAll(STYLESHEET)].map((m) => m[1] ?? '')
}

function policyOf(html: string): string {
  const policy = metaPolicy(html)
  if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>')
  return policy
}

function refuseEarlyClose(text: string, what: string) {
  if (/<\/(script|style)/i.test(text))
    throw new Error(`${what} cannot be inlined: it closes its element`)
}

/**
 * The template with the theme script inline. Throws, so that no page is
 * written that its own policy would refuse to run, when the template's policy
 * does not allow exactly this text, or when the text could end its element.
 */
export function inlineThemeScript(template: string, themeScript: string): string {
  if (!template.includes(THEME_SCRIPT)) throw new Error(`index.html has no ${THEME_SCRIPT}`)
  refuseEarlyClose(themeScript, '/theme-init.js')
  if (!allows(policyOf(template), 'script-src', hashSource(themeScript)))
    throw new Error(
      "index.html's policy does not allow /theme-init.js inline (script-src lacks its hash)",
    )
  return template.replace(THEME_SCRIPT, () => `<script>${themeScript}</script>`)
}

/**
 * The template as Vite built it, from one that had the theme script put inline
 * (by an earlier run of the prerender over the same build): a run starts from
 * the external script, whichever it finds.
 */
export function externalThemeScript(template: string, themeScript: string): string {
  return template.replace(`<script>${themeScript}</script>`, () => THEME_SCRIPT)
}

/**
 * The page with each stylesheet link replaced by the page's own rules from
 * `styles` (by the link's address), each allowed by its hash in the page's
 * policy. Throws when a linked stylesheet has no text given.
 */
export function inlineStylesheets(page: string, styles: Readonly<Record<string, string>>): string {
  let policy = policyOf(page)
  const inlined = page.replace(STYLESHEET, (_link, href: string) => {
    const css = styles[href]
    if (css === undefined) throw new Error(`no text given for the stylesheet ${href}`)
    refuseEarlyClose(css, href)
    policy = allowSource(policy, 'style-src', hashSource(css))
    return `<style>${css}</style>`
  })
  return withMetaPolicy(inlined, policy)
}
