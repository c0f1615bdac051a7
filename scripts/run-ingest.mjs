// `npm run ingest`: runs scripts/ingest.ts as plain JavaScript, bundled by
// esbuild on every run (about 0.2 s), instead of through the tsx loader.
// Under tsx each process and each parse worker compiled the TypeScript on
// start: seconds of a large run's wall time, most of it in esbuild's own
// process where the ingest's CPU figures did not count it (decision 0003).
// The bundle goes to a folder named by its content hash, written once and
// renamed into place, so concurrent runs never read a half-written bundle and
// an edited source can never run stale.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(import.meta.dirname, '..')
const cache = join(root, 'node_modules/.cache/ingest-cli')

const result = await build({
  absWorkingDir: root,
  // Both land in one folder: parse-pool.ts starts `./parse-worker.mjs` beside the bundled CLI.
  entryPoints: { ingest: 'scripts/ingest.ts', 'parse-worker': 'scripts/ingest/parse-worker.ts' },
  outdir: cache,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Chunks shared by the two entries would be a third file to keep beside them; the copies are small.
  splitting: false,
  write: false,
  logLevel: 'error',
})

const hash = createHash('sha256')
for (const file of result.outputFiles) hash.update(file.path).update(file.contents)
const dir = join(cache, hash.digest('hex').slice(0, 16))
if (existsSync(dir)) {
  // Marks it as in use, for the pruning below.
  const now = new Date()
  await utimes(dir, now, now).catch(() => {})
} else {
  const temporary = `${dir}.tmp-${process.pid}`
  await mkdir(temporary, { recursive: true })
  for (const file of result.outputFiles) {
    await writeFile(join(temporary, file.path.slice(cache.length + 1)), file.contents)
  }
  try {
    await rename(temporary, dir)
  } catch {
    // Another run wrote the same bundle first: its folder is identical.
    await rm(temporary, { recursive: true, force: true })
  }
}

await pruneOldBundles(dir)
await import(pathToFileURL(join(dir, 'ingest.mjs')).href)

/**
 * Every edit of the sources makes a new folder; those not used for a day go
 * (a run in progress started its workers from its own folder long before).
 */
async function pruneOldBundles(current) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000
  for (const name of await readdir(cache)) {
    const path = join(cache, name)
    if (path === current) continue
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }))
    if (mtimeMs < dayAgo) await rm(path, { recursive: true, force: true })
  }
}
