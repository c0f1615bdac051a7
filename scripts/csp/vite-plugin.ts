// Keeps the Content-Security-Policy in one place, the <meta> of index.html:
// - at build, that meta also allows (by sha256) the theme script and the
//   built stylesheet, which prerendered pages carry inline
//   (scripts/prerender/inline-head.ts); nothing else inline is allowed;
// - `vite preview` (`npm start`) sends the built page's policy as a header,
//   plus what only a header can say (frame-ancestors).
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { allowSource, hashSource, metaPolicy, withMetaPolicy, withoutMetaPolicy } from './policy.ts'

/** Directives a <meta> policy cannot carry (browsers ignore them there). */
const HEADER_ONLY = "frame-ancestors 'none'"

export function contentSecurityPolicy(fallback: string): Plugin {
  let publicDir = 'public'
  let outDir = 'dist'
  return {
    name: 'digest-reader-csp',
    configResolved(config) {
      publicDir = config.publicDir
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The dev server injects the stylesheet and React's refresh preamble
        // as inline elements, which the policy refuses: `npm run dev` showed
        // an unstyled page. The policy is for what is built and served.
        if (!ctx.bundle) return withoutMetaPolicy(html)
        let policy = metaPolicy(html)
        if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>')
        const theme = readFileSync(join(publicDir, 'theme-init.js'), 'utf8')
        policy = allowSource(policy, 'script-src', hashSource(theme))
        for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+)"/g)) {
          const asset = ctx.bundle[href ?? '']
          if (asset?.type !== 'asset') throw new Error(`the bundle has no stylesheet ${href}`)
          const css =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
          policy = allowSource(policy, 'style-src', hashSource(css))
        }
        return withMetaPolicy(html, policy)
      },
    },
    configurePreviewServer(server) {
      // Read again only when index.html changed: a rebuild under a running
      // preview changes the hashes, and reading it on every request was waste.
      let cached = { mtimeMs: -1, value: `${fallback}; ${HEADER_ONLY}` }
      const header = () => {
        const path = join(outDir, 'index.html')
        try {
          const { mtimeMs } = statSync(path)
          if (mtimeMs !== cached.mtimeMs) {
            const policy = metaPolicy(readFileSync(path, 'utf8')) ?? fallback
            cached = { mtimeMs, value: `${policy}; ${HEADER_ONLY}` }
          }
        } catch {
          // No build yet: the base policy.
          cached = { mtimeMs: -1, value: `${fallback}; ${HEADER_ONLY}` }
        }
        return cached.value
      }
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', header())
        next()
      })
    },
  }
}
