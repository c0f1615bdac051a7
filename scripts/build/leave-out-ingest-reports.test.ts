import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import type { ResolvedConfig } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { leaveOutIngestReports } from './leave-out-ingest-reports'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** Every file under `at`, relative to it, sorted. */
async function filesUnder(at: string): Promise<string[]> {
  const entries = await readdir(at, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(at, join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * A build of a public folder holding `files`: copied to the output (Vite
 * follows links; `cp` dereferences them), then the plugin's hooks run. What
 * is left in the output, and in public/.
 */
async function build(
  files: string[],
  options: { link?: string; copyPublicDir?: boolean } = {},
): Promise<{ output: string[]; publicLeft: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'leave-out-reports-'))
  dirs.push(dir)
  const publicDir = join(dir, 'public')
  for (const file of files) {
    await mkdir(dirname(join(publicDir, file)), { recursive: true })
    await writeFile(join(publicDir, file), '{}')
  }
  if (options.link) {
    // public/<link> is a link to a folder elsewhere, holding a report beside its data.
    const target = join(dir, 'elsewhere')
    await mkdir(join(target, 'data'), { recursive: true })
    await writeFile(join(target, 'ingest-report.json'), '{}')
    await writeFile(join(target, 'data/index.json'), '{}')
    await symlink(target, join(publicDir, options.link))
  }
  const copyPublicDir = options.copyPublicDir ?? true
  if (copyPublicDir) await cp(publicDir, join(dir, 'dist'), { recursive: true, dereference: true })
  else await mkdir(join(dir, 'dist'))
  const plugin = leaveOutIngestReports()
  const config = {
    root: dir,
    publicDir,
    build: { outDir: 'dist', copyPublicDir },
  } as unknown as ResolvedConfig
  ;(plugin.configResolved as (c: ResolvedConfig) => void)(config)
  await (plugin.writeBundle as () => Promise<void>)()
  return { output: await filesUnder(join(dir, 'dist')), publicLeft: await filesUnder(publicDir) }
}

describe('leaveOutIngestReports', () => {
  it("removes both reports from the build's output and nothing else", async () => {
    const { output } = await build([
      'ingest-report.json',
      'ingest-report.failed.json',
      'feed.json',
      'index.html',
    ])
    expect(output).toEqual(['feed.json', 'index.html'])
  })

  it('removes the reports beside any output folder in public/, and leaves public/ as it was', async () => {
    // `--out public/archive/data` writes its reports to public/archive/.
    const files = [
      'archive/ingest-report.json',
      'archive/ingest-report.failed.json',
      'archive/data/index.json',
      'a/b/ingest-report.json',
      // A run killed while it wrote its report left it under its temporary name.
      'ingest-report.json.tmp-4242',
      'data/index.json',
      'data/digests/2025-02-03.json',
      // Not a report: named otherwise.
      'archive/my-ingest-report.json',
      'ingest-report.json.bak',
    ]
    const { output, publicLeft } = await build(files)
    expect(output).toEqual([
      'archive/data/index.json',
      'archive/my-ingest-report.json',
      'data/digests/2025-02-03.json',
      'data/index.json',
      'ingest-report.json.bak',
    ])
    expect(publicLeft).toEqual([...files].sort())
  })

  it('removes a report in a linked folder, which the build copies too', async () => {
    const { output } = await build(['index.html'], { link: 'linked' })
    expect(output).toEqual(['index.html', 'linked/data/index.json'])
  })

  it('builds as well when the ingest wrote no report, or nothing is copied', async () => {
    expect((await build(['index.html'])).output).toEqual(['index.html'])
    expect((await build(['ingest-report.json'], { copyPublicDir: false })).output).toEqual([])
  })
})
