#!/usr/bin/env node
// The first-load budget, checked on the real build (see scripts/bundle-size.mjs
// and docs/decisions/0005-first-load-budget.md). Fails (exit 1) when the
// overview's initial JS exceeds the budget.
import { measureRoutes } from './bundle-size.mjs'

const BUDGET_KB = 110
const rows = measureRoutes(process.argv[2] ?? 'dist')
for (const row of rows) {
  console.log(
    `${row.route.padEnd(9)} initial JS ${row.jsKb} KB gzip, CSS ${row.cssKb} KB gzip (${row.chunks} chunks)`,
  )
}
const overview = rows.find((row) => row.route === 'overview')
if (!overview || overview.jsKb > BUDGET_KB) {
  console.error(
    `Budget exceeded: the overview's initial JS is ${overview?.jsKb} KB gzip (budget ${BUDGET_KB} KB).`,
  )
  process.exit(1)
}
console.log(`Budget ok: overview ${overview.jsKb} KB of ${BUDGET_KB} KB gzip.`)
