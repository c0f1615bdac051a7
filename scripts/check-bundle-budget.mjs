#!/usr/bin/env node
// The first-load budget, checked on the real build: the JavaScript a reader
// downloads before a page can paint is the entry chunk plus the page's own
// lazy chunk and everything those import statically (from Vite's manifest).
// Fails (exit 1) when the overview's initial JS exceeds the budget.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 110
const dist = process.argv[2] ?? 'dist'
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'))

const ROUTES = {
  overview: 'src/features/digests/overview-page.tsx',
  episode: 'src/features/episodes/episode-page.tsx',
  archive: 'src/features/digests/archive-page.tsx',
}

function closure(keys) {
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const next of manifest[key].imports ?? []) visit(next)
  }
  for (const key of keys) visit(key)
  return seen
}

const gzipKb = (file) => gzipSync(readFileSync(`${dist}/${file}`)).length / 1024

export function measure(route) {
  const chunks = closure(['index.html', ROUTES[route]])
  let js = 0
  let css = 0
  for (const key of chunks) {
    const chunk = manifest[key]
    js += gzipKb(chunk.file)
    for (const sheet of chunk.css ?? []) css += gzipKb(sheet)
  }
  return { route, chunks: chunks.size, jsKb: Number(js.toFixed(1)), cssKb: Number(css.toFixed(1)) }
}

const rows = Object.keys(ROUTES).map(measure)
for (const row of rows) {
  console.log(
    `${row.route.padEnd(9)} initial JS ${row.jsKb} KB gzip, CSS ${row.cssKb} KB gzip (${row.chunks} chunks)`,
  )
}
const overview = rows.find((row) => row.route === 'overview')
if (overview.jsKb > BUDGET_KB) {
  console.error(
    `Budget exceeded: the overview's initial JS is ${overview.jsKb} KB gzip (budget ${BUDGET_KB} KB).`,
  )
  process.exit(1)
}
console.log(`Budget ok: overview ${overview.jsKb} KB of ${BUDGET_KB} KB gzip.`)
