// The site the scale end-to-end spec (e2e/scale.spec.ts) runs against: the
// app as built in dist/ with the data of a generated 1,000-digest archive
// instead of content/, served by `vite preview` on --port until stopped.
// It copies the build rather than building again (the app does not depend on
// the data at build time), so it costs a generation, an ingest and the
// prerender of its pages, ~15 s.
// Each run works in its own folder (.scale/site-<pid>, removed on exit; a
// dead run's folder is removed by the next), because test runs of a shared
// checkout can overlap and must not swap files under each other's server.
//   node --import tsx scripts/scale-site.ts --port 4175 [--digests 1000]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { preview } from 'vite'
import { option } from './cli-option'
import { generateArchive } from './gen-archive'

const ROOT = '.scale'
const digests = Number(option('digests', '1000'))
const port = Number(option('port', '4175'))
const site = join(ROOT, `site-${process.pid}`)
const archive = join(ROOT, `archive-${process.pid}`)

async function removeDeadRuns(): Promise<void> {
  if (!existsSync(ROOT)) return
  for (const name of readdirSync(ROOT)) {
    const pid = Number(name.match(/-(\d+)$/)?.[1])
    if (pid && !isAlive(pid)) await rm(join(ROOT, name), { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Every file the build manifest names is in `dir` (a copy taken during a rebuild is not). */
function isCompleteBuild(dir: string): boolean {
  const manifestPath = join(dir, '.vite/manifest.json')
  if (!existsSync(manifestPath)) return false
  const manifest: Record<string, { file: string; css?: string[] }> = JSON.parse(
    readFileSync(manifestPath, 'utf8'),
  )
  return Object.values(manifest).every(
    (chunk) =>
      existsSync(join(dir, chunk.file)) && (chunk.css ?? []).every((c) => existsSync(join(dir, c))),
  )
}

async function copyBuild(): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await rm(site, { recursive: true, force: true })
    await cp('dist', site, { recursive: true })
    if (isCompleteBuild(site)) return
    // dist/ is being rebuilt by another run: wait for it to settle.
    await new Promise((resolve) => setTimeout(resolve, 3000))
  }
  throw new Error('dist/ has no complete build: run `npm run build` first')
}

async function cleanUp(): Promise<void> {
  await rm(site, { recursive: true, force: true })
  await rm(archive, { recursive: true, force: true })
}

await removeDeadRuns()
await mkdir(ROOT, { recursive: true })
try {
  await copyBuild()
  await rm(join(site, 'data'), { recursive: true, force: true })
  await generateArchive(digests, archive, 7, '2026-11-23')
  const ingest = spawnSync(
    process.execPath,
    [
      // What `npm run ingest` runs: the bundled CLI.
      'scripts/run-ingest.mjs',
      '--quiet',
      '--today',
      '2026-11-24',
      '--out',
      join(site, 'data'),
      archive,
    ],
    { stdio: 'inherit' },
  )
  if (ingest.status !== 0) throw new Error(`the ingest failed (exit ${ingest.status})`)
  await rm(archive, { recursive: true, force: true })
  // As `npm run build` does (and bench/site.ts): the prerendered pages of
  // this data. The build's were made from content/, so All-In Podcast's page
  // painted "1 episode in the digests" and its one episode before the app
  // fetched the 575, and no test saw the page a reader gets: its own file in
  // the HTML, its older parts fetched. In a process of its own, in production
  // mode, as `npm run prerender` runs it.
  const prerender = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/prerender.ts', '--dist', site],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  )
  if (prerender.status !== 0) throw new Error(`the prerender failed (exit ${prerender.status})`)
} catch (error) {
  await cleanUp()
  console.error(`scale-site: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}

const server = await preview({
  logLevel: 'warn',
  build: { outDir: site },
  preview: { port, strictPort: true, host: '127.0.0.1' },
})
console.log(
  `scale-site: ${digests} generated digests on the current build at ${server.resolvedUrls?.local[0]}`,
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server
      .close()
      .then(cleanUp)
      .finally(() => process.exit(0))
  })
}
