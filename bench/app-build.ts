import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'vite'

export interface ModuleSize {
  /** Source path relative to the project, or `node_modules/<package>/...`. */
  module: string
  chunk: string
  /** Bytes of the module in the bundle before minification. */
  renderedBytes: number
  /** The module's share of its chunk's gzip size, by rendered bytes (an estimate: gzip is not additive). */
  gzipKb: number
}

/**
 * Builds the app into `outDir` with the project's own Vite config (never into
 * dist/, which the end-to-end tests of others may be serving), and records
 * what each module weighs in its chunk.
 */
export async function buildApp(outDir: string): Promise<ModuleSize[]> {
  const modules: ModuleSize[] = []
  const measure: Plugin = {
    name: 'bench-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const chunkGzip = gzipSync(output.code).length
        const entries = Object.entries(output.modules)
        const total = entries.reduce((n, [, info]) => n + info.renderedLength, 0) || 1
        for (const [id, info] of entries) {
          if (info.renderedLength === 0) continue
          modules.push({
            module: shortName(id),
            chunk: output.fileName,
            renderedBytes: info.renderedLength,
            gzipKb: round((chunkGzip * info.renderedLength) / total / 1024),
          })
        }
      }
    },
  }
  await build({
    logLevel: 'warn',
    plugins: [measure],
    build: { outDir, emptyOutDir: true },
  })
  // The page renderer of the prerender step (as `npm run build` makes it).
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/entry-prerender.tsx', outDir: rendererDir(outDir), emptyOutDir: true },
  })
  return modules.sort((a, b) => b.gzipKb - a.gzipKb)
}

/** Where buildApp puts the server build that scripts/prerender uses. */
export function rendererDir(outDir: string): string {
  return `${outDir}-renderer`
}

/** What each dependency costs: modules summed by npm package (or `app` for our code). */
export function byPackage(modules: readonly ModuleSize[]): { package: string; gzipKb: number }[] {
  const totals = new Map<string, number>()
  for (const m of modules) {
    const match = m.module.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
    const name = match?.[1] ?? 'app (src/)'
    totals.set(name, (totals.get(name) ?? 0) + m.gzipKb)
  }
  return [...totals]
    .map(([name, kb]) => ({ package: name, gzipKb: round(kb) }))
    .sort((a, b) => b.gzipKb - a.gzipKb)
}

function shortName(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '')
  const nodeModules = clean.lastIndexOf('node_modules/')
  if (nodeModules >= 0) return clean.slice(nodeModules)
  const cwd = `${process.cwd()}/`
  return clean.startsWith(cwd) ? clean.slice(cwd.length) : clean
}

const round = (n: number) => Number(n.toFixed(1))
