#!/usr/bin/env node
// Sums the JSON reports of every test runner (vitest, Playwright) into the one
// line CI reads: "N passed, N failed". A runner that did not write its report
// (because an earlier step such as the type-check failed) counts as one failure,
// so a broken run can never print "0 failed".
import { existsSync, readFileSync } from 'node:fs'

const expected = process.argv.slice(2).length ? process.argv.slice(2) : ['vitest', 'playwright']
let passed = 0
let failed = 0

for (const runner of expected) {
  const file = `reports/${runner}.json`
  if (!existsSync(file)) {
    console.log(`${runner}: no report (${file}); counted as 1 failure`)
    failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if (runner === 'vitest') {
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) failed += 1
  } else {
    // Playwright: flaky tests passed on retry; unexpected ones failed.
    const stats = report.stats ?? {}
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    failed += stats.unexpected ?? 0
    if ((report.errors ?? []).length > 0 && (stats.unexpected ?? 0) === 0) failed += 1
  }
  console.log(`${runner}: counted`)
}
console.log(`${passed} passed, ${failed} failed`)
