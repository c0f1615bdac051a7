import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResolvedConfig } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { leaveOutIngestReports } from './leave-out-ingest-reports'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Runs the plugin's hooks on a build output holding `files`; what is left. */
async function buildOutputAfter(files: string[]): Promise<string[]> {
  dir = await mkdtemp(join(tmpdir(), 'leave-out-reports-'))
  for (const file of files) await writeFile(join(dir, file), '{}')
  const plugin = leaveOutIngestReports()
  const config = { root: dir, build: { outDir: '.' } } as unknown as ResolvedConfig
  ;(plugin.configResolved as (c: ResolvedConfig) => void)(config)
  await (plugin.writeBundle as () => Promise<void>)()
  return (await readdir(dir)).sort()
}

describe('leaveOutIngestReports', () => {
  it("removes both reports from the build's output and nothing else", async () => {
    const left = await buildOutputAfter([
      'ingest-report.json',
      'ingest-report.failed.json',
      'feed.json',
      'index.html',
    ])
    expect(left).toEqual(['feed.json', 'index.html'])
  })

  it('builds as well when the ingest wrote no report', async () => {
    expect(await buildOutputAfter(['index.html'])).toEqual(['index.html'])
  })
})
