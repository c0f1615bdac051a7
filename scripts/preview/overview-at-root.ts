import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { OVERVIEW_FILE } from '../prerender/overview-file.ts'

/**
 * `vite preview` (`npm start`) answers `/` with the prerendered overview when
 * the build made one, as a host's rewrite rule would; every other address is
 * served as before (the shell for app routes).
 */
export function overviewAtRoot(): Plugin {
  let outDir = 'dist'
  return {
    name: 'digest-reader-overview-at-root',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview')
        if (
          (request.method === 'GET' || request.method === 'HEAD') &&
          url.pathname === '/' &&
          existsSync(join(outDir, OVERVIEW_FILE))
        ) {
          request.url = `/${OVERVIEW_FILE}${url.search}`
        }
        next()
      })
    },
  }
}
