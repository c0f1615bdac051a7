// `npm run ingest`: runs scripts/ingest.ts as plain JavaScript, bundled by
// esbuild, instead of through the tsx loader. Under tsx each process and each
// parse worker compiled the TypeScript on start: seconds of a large run's wall
// time, most of it in esbuild's own process where the ingest's CPU figures did
// not count it (decision 0003).
// The bundle goes to a folder named by its content hash, written once and
// renamed into place, so concurrent runs never read a half-written bundle and
// an edited source can never run stale. A stamp beside it lists every input
// file of the bundle with its size and modification time: while none has
// changed, a run imports the bundle without building it again (the build was
// ~0.3 s of every run). What the stamp cannot see is a change of module
// resolution alone (a new file that shadows an import, without an edit to the
// importing file): `rm -r node_modules/.cache/ingest-cli` then forces a build.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..')
const cache = join(root, 'node_modules/.cache/ingest-cli')
const stampPath = join(cache, 'stamp.json')

const dir = (await bundleIfUnchanged()) ?? (await buildBundle())
// Marks it as in use, for the pruning below.
const now = new Date()
await utimes(dir, now, now).catch(() => {})
await pruneOldBundles(dir)
// The bundle's content hash names the code that builds the search shards: a
// run reuses a shard of the previous output only if the same code built it.
process.env.INGEST_CODE_ID = basename(dir)
await import(pathToFileURL(join(dir, 'ingest.mjs')).href)

/** The folder of the last bundle, if it exists and none of its inputs has changed since. */
async function bundleIfUnchanged() {
  let stamp
  try {
    stamp = JSON.parse(await readFile(stampPath, 'utf8'))
  } catch {
    return null
  }
  if (typeof stamp?.dir !== 'string' || !existsSync(join(stamp.dir, 'ingest.mjs'))) return null
  const inputs = Object.entries(stamp.inputs ?? {})
  if (inputs.length === 0) return null
  const same = await Promise.all(
    inputs.map(async ([path, was]) => {
      const current = await stat(join(root, path)).catch(() => null)
      return current !== null && current.size === was.size && current.mtimeMs === was.mtimeMs
    }),
  )
  return same.every(Boolean) ? stamp.dir : null
}

async function buildBundle() {
  const { build } = await import('esbuild')
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
    metafile: true,
    logLevel: 'error',
  })

  const hash = createHash('sha256')
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents)
  const dir = join(cache, hash.digest('hex').slice(0, 16))
  if (!existsSync(dir)) {
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

  // This script's own options are an input too.
  const paths = [...Object.keys(result.metafile.inputs), 'scripts/run-ingest.mjs']
  const inputs = {}
  for (const path of paths) {
    const { size, mtimeMs } = await stat(join(root, path))
    inputs[path] = { size, mtimeMs }
  }
  // Written aside and renamed: a concurrent run reads the old stamp or this one, never half of one.
  const temporary = `${stampPath}.tmp-${process.pid}`
  await writeFile(temporary, JSON.stringify({ dir, inputs }))
  await rename(temporary, stampPath)
  return dir
}

/**
 * Every edit of the sources makes a new folder; those not used for a day go
 * (a run in progress started its workers from its own folder long before).
 */
async function pruneOldBundles(current) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000
  for (const name of await readdir(cache)) {
    const path = join(cache, name)
    if (path === current || path === stampPath) continue
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }))
    if (mtimeMs < dayAgo) await rm(path, { recursive: true, force: true })
  }
}
