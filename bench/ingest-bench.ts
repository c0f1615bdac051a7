import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { generateArchive } from '../scripts/gen-archive'
import { round } from './stats'

export interface IngestResult {
  digests: number
  seconds: number
  digestsPerSecond: number
  peakRssMb: number
}

/** Runs the real ingest CLI (one Node process) on a generated archive of N digests. */
export async function benchIngest(n: number, work: string): Promise<IngestResult> {
  const archive = `${work}/archive-${n}`
  if (!existsSync(archive)) await generateArchive(n, archive, 1, '2026-11-23')
  const out = `${work}/site-${n}/data`
  const started = performance.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // The same flags as `npm run ingest` (package.json): the heap cap keeps
        // the garbage collector from letting a large run's RSS drift past 1 GB.
        '--max-old-space-size=768',
        '--import',
        'tsx',
        'scripts/ingest.ts',
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
    digests: n,
    seconds: round(seconds, 2),
    digestsPerSecond: Math.round(n / seconds),
    peakRssMb: Math.round((stats.maxRssKb ?? 0) / 1024),
  }
}
