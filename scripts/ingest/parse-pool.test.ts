import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateArchive } from '../gen-archive'

// Worker threads must not change what the ingest publishes: the same files,
// byte for byte, the same report, the same winner of two digests for one
// date and the same failures, whichever thread parsed which document.
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parse-pool-'))
  const archive = join(work, 'archive')
  await generateArchive(40, archive, 3, '2026-11-23')
  // A second file for an existing date (the later name wins), a broken one, and the seeds.
  await copyFile(
    join(archive, '2026', 'digest-2026-11-20.txt'),
    join(archive, '2026', 'digest-2026-11-20b.txt'),
  )
  // A digest without its date line: an error that names file and line.
  const seed = await readFile('content/000_56be99a494d8df3b.txt', 'utf8')
  await writeFile(join(archive, 'broken.txt'), seed.replace(/^.*2025.*$/m, ''))
  await copyFile('content/000_56be99a494d8df3b.txt', join(archive, 'seed-digest.txt'))
  await copyFile('content/003_fc9397579f5605f8.txt', join(archive, 'seed-post.txt'))
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

function ingest(workers: string, out: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      '--quiet',
      '--keep-going',
      '--today',
      '2026-11-24',
      '--out',
      out,
      join(work, 'archive'),
    ],
    { encoding: 'utf8', env: { ...process.env, INGEST_WORKERS: workers } },
  )
}

async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else files.set(relative(dir, path), await readFile(path, 'utf8'))
    }
  }
  await walk(dir)
  return files
}

async function report(out: string): Promise<unknown> {
  const { generatedAt: _, ...rest } = JSON.parse(
    await readFile(join(out, '..', 'ingest-report.json'), 'utf8'),
  )
  return rest
}

describe('the ingest with worker threads', () => {
  it('publishes exactly what the single-threaded ingest publishes', async () => {
    const single = join(work, 'single', 'data')
    const pooled = join(work, 'pooled', 'data')
    const a = ingest('0', single)
    const b = ingest('2', pooled)
    // One broken document: exit code 1, the good ones published (--keep-going).
    expect(a.status, a.stderr).toBe(1)
    expect(b.status, b.stderr).toBe(1)
    expect(b.stderr).toBe(a.stderr)
    const [left, right] = [await tree(single), await tree(pooled)]
    expect([...right.keys()].sort()).toEqual([...left.keys()].sort())
    for (const [path, body] of left) expect(right.get(path), path).toBe(body)
    expect(await report(pooled)).toEqual(await report(single))
  }, 120_000)
})
