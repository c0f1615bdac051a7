// A prerendered page paints from its HTML alone, so nothing in its head may
// wait on the network: the theme script (parser-blocking) and the stylesheet
// (render-blocking) are inlined, each allowed by its sha256 in the policy the
// build wrote into index.html (scripts/csp/vite-plugin.ts). Measured: two
// round trips before the first frame, ~0.3-0.4 s under a 4x slowed CPU
// (docs/decisions/0008, third addendum). The app shell keeps the external
// files: it paints nothing before its JavaScript anyway.
import { allows, hashSource, metaPolicy } from '../csp/policy'

export interface InlineFiles {
  /** public/theme-init.js as built (dist/theme-init.js), byte for byte. */
  themeScript: string
  /** Stylesheets by their address in the template (`/assets/index-….css`). */
  styles: Readonly<Record<string, string>>
}

const THEME_SCRIPT = '<script src="/theme-init.js"></script>'
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g

/** The addresses of the template's stylesheets, for the caller to read. */
export function stylesheetsOf(template: string): string[] {
  return [...template.matchAll(STYLESHEET)].map((m) => m[1] ?? '')
}

/**
 * The template with the theme script and the stylesheets inline. Throws, so
 * that no page is written that its own policy would leave unstyled, when the
 * template's policy does not allow exactly this text, or when the text could
 * end its element early.
 */
export function inlineHead(template: string, files: InlineFiles): string {
  const policy = metaPolicy(template)
  if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>')
  if (!template.includes(THEME_SCRIPT)) throw new Error(`index.html has no ${THEME_SCRIPT}`)
  const check = (directive: string, text: string, what: string) => {
    if (/<\/(script|style)/i.test(text))
      throw new Error(`${what} cannot be inlined: it closes its element`)
    if (!allows(policy, directive, hashSource(text)))
      throw new Error(
        `index.html's policy does not allow ${what} inline (${directive} lacks its hash)`,
      )
  }
  check('script-src', files.themeScript, '/theme-init.js')
  const withStyles = template.replace(STYLESHEET, (_link, href: string) => {
    const css = files.styles[href]
    if (css === undefined) throw new Error(`no text given for the stylesheet ${href}`)
    check('style-src', css, href)
    return `<style>${css}</style>`
  })
  return withStyles.replace(THEME_SCRIPT, () => `<script>${files.themeScript}</script>`)
}
