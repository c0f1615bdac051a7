import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The ingest's reports, written beside DIR (public/data), so in public/:
 * `ingest-report.json` describes the published data, `.failed.json` a run
 * that published nothing (decision 0003).
 */
export const INGEST_REPORTS = ['ingest-report.json', 'ingest-report.failed.json'] as const

/**
 * Leaves the ingest's reports out of the build's output. Vite copies public/
 * whole, so every deployment served them: the source files' local names and,
 * at 10,000 digests, ~20 MB nobody reading the site needs. They stay where
 * the ingest puts them (the dev server still serves them, and the next run
 * reads the report back: keep-previous.ts); only the built copy goes.
 * public/ is copied before the bundle is written (Vite's renderStart), so
 * once it is written the copies are there to remove.
 */
export function leaveOutIngestReports(files: readonly string[] = INGEST_REPORTS): Plugin {
  let outDir = 'dist'
  return {
    name: 'digest-reader-leave-out-ingest-reports',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      for (const file of files) await rm(join(outDir, file), { force: true })
    },
  }
}
