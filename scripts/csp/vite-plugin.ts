// Keeps the Content-Security-Policy in one place, the <meta> of each page:
// - at build, index.html's meta also allows (by sha256) the theme script,
//   which prerendered pages carry inline; the prerender adds to each page's
//   own meta the hash of the stylesheet it inlines (scripts/prerender/
//   inline-head.ts); nothing else inline is allowed;
// - `vite preview` (`npm start`) sends the policy of the page it serves as a
//   header, plus what only a header can say (frame-ancestors).
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { minifiedScript } from '../build/minify-public-scripts.ts'
import { OVERVIEW_FILE } from '../prerender/overview-file.ts'
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
      async handler(html, ctx) {
        // The dev server injects the stylesheet and React's refresh preamble
        // as inline elements, which the policy refuses: `npm run dev` showed
        // an unstyled page. The policy is for what is built and served.
        if (!ctx.bundle) return withoutMetaPolicy(html)
        const policy = metaPolicy(html)
        if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>')
        // As the build writes it (minified), which is the text pages carry inline.
        const theme = await minifiedScript(
          'theme-init.js',
          readFileSync(join(publicDir, 'theme-init.js'), 'utf8'),
        )
        return withMetaPolicy(html, allowSource(policy, 'script-src', hashSource(theme)))
      },
    },
    configurePreviewServer(server) {
      const policyFor = pagePolicies(outDir, fallback)
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://preview').pathname
        response.setHeader('Content-Security-Policy', `${policyFor(path)}; ${HEADER_ONLY}`)
        next()
      })
    },
  }
}

/**
 * The policy of the page `vite preview` answers a path with: a prerendered
 * page's own (its stylesheet's hash is in no other), else the shell's, else
 * `fallback` before anything is built. Each file is read again only when it
 * changed (a rebuild under a running preview changes the hashes), not on
 * every request.
 */
export function pagePolicies(outDir: string, fallback: string): (path: string) => string {
  const read = new Map<string, { mtimeMs: number; policy: string | null }>()
  /** The file's policy; null when it has none; undefined when there is no such file. */
  const policyIn = (file: string): string | null | undefined => {
    let mtimeMs: number
    try {
      const stat = statSync(file)
      if (!stat.isFile()) return undefined
      mtimeMs = stat.mtimeMs
    } catch {
      return undefined
    }
    const cached = read.get(file)
    if (cached?.mtimeMs === mtimeMs) return cached.policy
    const policy = metaPolicy(readFileSync(file, 'utf8'))
    read.set(file, { mtimeMs, policy })
    return policy
  }
  return (path) => {
    for (const file of pageFiles(path)) {
      const policy = policyIn(join(outDir, file))
      if (policy !== undefined) return policy ?? fallback
    }
    return policyIn(join(outDir, 'index.html')) ?? fallback
  }
}

/** The HTML files a static server would answer `path` with, in its order of trying. */
export function pageFiles(path: string): string[] {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return []
  }
  // Outside the built site (`..`), or not a page: the shell's policy.
  if (decoded.split('/').includes('..')) return []
  const trimmed = decoded.replace(/^\/+/, '')
  // The prerendered overview where the build made one (overview-at-root.ts).
  if (trimmed === '') return [OVERVIEW_FILE, 'index.html']
  if (trimmed.endsWith('/')) return [`${trimmed}index.html`]
  if (trimmed.endsWith('.html')) return [trimmed]
  // A file of another kind (a script, a stylesheet, data): no page to look for.
  if (/\.[^/]*$/.test(trimmed)) return []
  return [`${trimmed}.html`, `${trimmed}/index.html`]
}
