import { existsSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { isReportFile } from '../ingest/report-files.ts'

/**
 * Leaves the ingest's reports out of the build's output. They are written
 * beside DIR (public/data by default, so in public/), and Vite copies public/
 * whole, so every deployment served them: the source files' local names and,
 * at 10,000 digests, ~20 MB nobody reading the site needs. Every report
 * anywhere in public/ goes, not only the default's: `--out public/x/data`
 * puts one in public/x/ (decision 0003). They stay where the ingest puts them
 * (the dev server still serves them, and the next run reads the report back:
 * keep-previous.ts); only the built copy goes. public/ is copied before the
 * bundle is written (Vite's renderStart), so once it is written the copies
 * are there to remove.
 */
export function leaveOutIngestReports(isReport: (name: string) => boolean = isReportFile): Plugin {
  let outDir = 'dist'
  /** The folder Vite copies into outDir, if it does. */
  let publicDir: string | null = null
  return {
    name: 'digest-reader-leave-out-ingest-reports',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      publicDir = config.publicDir && config.build.copyPublicDir ? config.publicDir : null
    },
    async writeBundle() {
      if (publicDir === null || !existsSync(publicDir)) return
      // Looked for in public/, whose copy is what reaches the output: a
      // walk of the output would also search every built page and asset.
      for (const report of await filesNamed(publicDir, isReport)) {
        await rm(join(outDir, relative(publicDir, report)), { force: true })
      }
    },
  }
}

/**
 * Every file under `dir` whose name `wanted` accepts, walked as Vite copies
 * public/: through symbolic links (a linked folder's report is copied too).
 */
async function filesNamed(dir: string, wanted: (name: string) => boolean): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const folder = entry.isSymbolicLink()
      ? (await stat(path).catch(() => null))?.isDirectory()
      : entry.isDirectory()
    if (folder) found.push(...(await filesNamed(path, wanted)))
    else if (wanted(entry.name)) found.push(path)
  }
  return found
}
