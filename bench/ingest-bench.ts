import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { generateArchive } from '../scripts/gen-archive'
import { round } from './stats'

export interface IngestResult {
  digests: number
  seconds: number
  digestsPerSecond: number
  /** Wall time per digest: flat from 1,000 to 10,000 means the cost grows linearly. */
  msPerDigest: number
  /** CPU of the whole process (all threads), for comparing runs on a busy machine. */
  cpuSeconds: number | null
  /** The kernel's part of cpuSeconds: mostly creating the output's files, whose cost varies widely here. */
  sysCpuSeconds: number | null
  peakRssMb: number
  workers: number | null
  /**
   * Wall seconds of the ingest's phases, in order: boot (process start to the
   * documents listed), emoji pass, parse, site files, search shards, ... and
   * old (removing the previous output, which a rerun into the same folder pays).
   */
  phases: Record<string, number> | null
  /**
   * The same archive ingested again into the folder the first run wrote, as
   * a daily run is (one new digest aside): what it links instead of building.
   */
  rerun: IngestRun
}

/** One run of the CLI. */
export interface IngestRun {
  seconds: number
  cpuSeconds: number | null
  sysCpuSeconds: number | null
  peakRssMb: number
  workers: number | null
  /** Search shards linked unchanged from the previous output (shard-reuse.ts). */
  shardsReused: number | null
  phases: Record<string, number> | null
}

/** Archives are cached per generator version: a changed generator writes new ones. */
function generatorVersion(): string {
  const hash = createHash('sha256')
  for (const file of ['scripts/gen-archive.ts', ...readdirSync('scripts/gen').sort()]) {
    hash.update(readFileSync(file.includes('/') ? file : `scripts/gen/${file}`))
  }
  return hash.digest('hex').slice(0, 8)
}

export async function archiveFor(n: number, work: string): Promise<string> {
  const archive = `${work}/archive-${n}-${generatorVersion()}`
  if (!existsSync(archive)) await generateArchive(n, archive, 1, '2026-11-23')
  return archive
}

/**
 * Runs the real ingest CLI (as `npm run ingest` does) on a generated archive
 * of N digests twice: a first run into an empty folder (the target,
 * nothing to reuse), then a rerun into the folder it wrote (a daily run).
 * The output stays at `site-N/data` for the app build.
 */
export async function benchIngest(n: number, work: string): Promise<IngestResult> {
  const archive = await archiveFor(n, work)
  const out = `${work}/site-${n}/data`
  // A folder name of its own: the first run creates every file, and the
  // removal of the previous benchmark's output is not in its time.
  const first = `${work}/site-${n}/first`
  await rm(first, { recursive: true, force: true })
  const firstRun = await runIngest(archive, first)
  await rm(out, { recursive: true, force: true })
  await rename(first, out)
  const rerun = await runIngest(archive, out)
  const { seconds } = firstRun
  return {
    digests: n,
    digestsPerSecond: Math.round(n / seconds),
    msPerDigest: round((seconds * 1000) / n, 2),
    ...firstRun,
    rerun,
  }
}

async function runIngest(archive: string, out: string): Promise<IngestRun> {
  const started = performance.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // The same flags and script as `npm run ingest` (package.json).
        ...npmIngestCommand(),
        '--quiet',
        '--today',
        '2026-11-24',
        '--out',
        out,
        archive,
      ],
      { env: { ...process.env, INGEST_STATS: '1' } },
    )
    let text = ''
    child.stdout.on('data', (chunk) => {
      text += chunk
    })
    child.stderr.on('data', (chunk) => {
      text += chunk
    })
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`ingest exited ${code}: ${text}`)),
    )
  })
  const seconds = (performance.now() - started) / 1000
  const stats = JSON.parse(output.match(/ingest-stats: (.*)/)?.[1] ?? '{}')
  return {
    seconds: round(seconds, 2),
    cpuSeconds: typeof stats.cpuMs === 'number' ? round(stats.cpuMs / 1000, 1) : null,
    sysCpuSeconds: typeof stats.sysCpuMs === 'number' ? round(stats.sysCpuMs / 1000, 1) : null,
    peakRssMb: Math.round((stats.maxRssKb ?? 0) / 1024),
    workers: typeof stats.workers === 'number' ? stats.workers : null,
    shardsReused: typeof stats.shardsReused === 'number' ? stats.shardsReused : null,
    phases: stats.phasesMs
      ? Object.fromEntries(
          Object.entries<number>({ boot: stats.bootMs ?? 0, ...stats.phasesMs }).map(
            ([name, ms]) => [name, round(ms / 1000, 2)],
          ),
        )
      : null,
  }
}

/** The node flags and script of the `ingest` script in package.json, so the benchmark runs what users run. */
function npmIngestCommand(): string[] {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.ingest
  const words = script.split(/\s+/)
  return words.slice(words.indexOf('node') + 1)
}
