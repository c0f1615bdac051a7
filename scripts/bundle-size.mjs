// What a reader downloads before a page can paint: the entry chunk plus the
// page's own lazy chunk and everything they import statically, read from
// Vite's build manifest. Shared by the budget check and the benchmark.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export const ROUTES = {
  overview: 'src/features/digests/overview-page.tsx',
  episode: 'src/features/episodes/episode-page.tsx',
  archive: 'src/features/digests/archive-page.tsx',
}

export function measureRoutes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'))
  const gzipBytes = (file) => gzipSync(readFileSync(`${dist}/${file}`)).length
  const closure = (keys) => {
    const seen = new Set()
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return
      seen.add(key)
      for (const next of manifest[key].imports ?? []) visit(next)
    }
    for (const key of keys) visit(key)
    return seen
  }
  return Object.entries(ROUTES).map(([route, source]) => {
    const chunks = closure(['index.html', source])
    let js = 0
    let css = 0
    for (const key of chunks) {
      js += gzipBytes(manifest[key].file)
      for (const sheet of manifest[key].css ?? []) css += gzipBytes(sheet)
    }
    return {
      route,
      chunks: chunks.size,
      // Exact, for the budget: a total rounded to 0.1 KB passed up to 50 bytes over it.
      jsBytes: js,
      jsKb: Number((js / 1024).toFixed(1)),
      cssKb: Number((css / 1024).toFixed(1)),
    }
  })
}

/** The largest chunks of the build, gzip KB, biggest first. */
export function largestChunks(dist = 'dist', count = 5) {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'))
  return Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({
      file: chunk.file,
      source: chunk.src ?? chunk.name ?? '',
      gzipKb: Number((gzipSync(readFileSync(`${dist}/${chunk.file}`)).length / 1024).toFixed(1)),
    }))
    .sort((a, b) => b.gzipKb - a.gzipKb)
    .slice(0, count)
}
