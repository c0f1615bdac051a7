// The Content-Security-Policy as data: hash sources for the few inline
// elements the prerendered pages carry (scripts/prerender/inline-head.ts),
// read and written in the <meta> of the built index.html, which is the one
// copy the preview server's header is made from (scripts/csp/vite-plugin.ts).
import { createHash } from 'node:crypto'

/** The CSP source that allows exactly this inline script or style text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** `policy` with `source` added to `directive` (once; the directive must exist). */
export function allowSource(policy: string, directive: string, source: string): string {
  let found = false
  const parts = policy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name !== directive) return part.trim()
    found = true
    return [name, ...values.filter((v) => v !== source), source].join(' ')
  })
  if (!found) throw new Error(`the policy has no ${directive} directive`)
  return parts.filter(Boolean).join('; ')
}

/** Whether `directive` of `policy` lists `source`. */
export function allows(policy: string, directive: string, source: string): boolean {
  return policy.split(';').some((part) => {
    const [name, ...values] = part.trim().split(/\s+/)
    return name === directive && values.includes(source)
  })
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/

/** The policy of the page's CSP <meta>, or null when it has none. */
export function metaPolicy(html: string): string | null {
  return html.match(META)?.[2] ?? null
}

/** The page with its CSP <meta> replaced by `policy`; throws when it has none. */
export function withMetaPolicy(html: string, policy: string): string {
  if (!META.test(html)) throw new Error('the page has no Content-Security-Policy <meta>')
  return html.replace(
    META,
    (_all, open: string, _old: string, close: string) => open + policy + close,
  )
}

/** The page without its CSP <meta> (for the dev server, whose styles and refresh preamble are inline). */
export function withoutMetaPolicy(html: string): string {
  return html.replace(META, '')
}
