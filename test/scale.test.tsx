// @vitest-environment jsdom
// Scale test in the normal run: a generated archive of 1,000 digests goes
// through the real ingest CLI, stays under the first-load data budget, and
// the archive and a podcast page render from it (fetch served from disk).
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateArchive } from '../scripts/gen-archive'
import { AppRoutes } from '../src/app/router'
import { createQueryClient } from '../src/lib/query-client'
import { siteIndexSchema } from '../src/schema/site-index'

const N = 1000
const FIRST_LOAD_BUDGET_KB = 50
let work: string
let data: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scale-'))
  await generateArchive(N, join(work, 'archive'), 7, '2026-11-23')
  data = join(work, 'site/data')
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      '--quiet',
      '--today',
      '2026-11-24',
      '--out',
      data,
      join(work, 'archive'),
    ],
    { encoding: 'utf8' },
  )
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}`)
  // The app fetches /data/<path>; serve it from the generated folder.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^.*\/data\//, '')
    try {
      return new Response(await readFile(join(data, path)), {
        headers: { 'content-type': 'application/json' },
      })
    } catch {
      return new Response('', { status: 404 })
    }
  })
}, 120_000)

afterAll(async () => {
  cleanup()
  vi.unstubAllGlobals()
  await rm(work, { recursive: true, force: true })
})

function renderAt(path: string) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe(`an archive of ${N} digests`, () => {
  it('is ingested whole, and what the overview loads first stays under budget', async () => {
    const index = v.parse(
      siteIndexSchema,
      JSON.parse(await readFile(join(data, 'index.json'), 'utf8')),
    )
    expect(index.digestCount).toBe(N)
    expect(index.podcasts.length).toBeGreaterThanOrEqual(50)
    const first = [
      await readFile(join(data, 'index.json')),
      await readFile(join(data, `digests/${index.latest}.json`)),
    ]
    const gzipKb = first.reduce((n, body) => n + gzipSync(body).length, 0) / 1024
    expect(gzipKb).toBeLessThan(FIRST_LOAD_BUDGET_KB)
  })

  it('renders the archive month by month, never thousands of rows', async () => {
    renderAt('/digests')
    expect(await screen.findByRole('heading', { level: 1, name: 'Archive' })).toBeTruthy()
    expect(await screen.findByText(`${N.toLocaleString('en')} digests, newest first`)).toBeTruthy()
    expect((await screen.findAllByRole('article')).length).toBeGreaterThan(20)
    expect(document.querySelectorAll('li').length).toBeLessThan(1000)
    expect(screen.getByRole('button', { name: 'Show older digests' })).toBeTruthy()
    cleanup()
  })

  it('renders a podcast page with its episodes across digests', async () => {
    const index = v.parse(
      siteIndexSchema,
      JSON.parse(await readFile(join(data, 'index.json'), 'utf8')),
    )
    const podcast = index.podcasts.find((p) => p.slug === 'all-in-podcast') ?? index.podcasts[0]
    if (!podcast) throw new Error('no podcast in the generated archive')
    renderAt(`/podcasts/${podcast.slug}`)
    expect(await screen.findByRole('heading', { level: 1, name: podcast.name })).toBeTruthy()
    const links = await screen.findAllByRole('link', { name: /./ })
    // A page of rows; the most covered podcast has several (the generator's
    // podcasts are as unevenly covered as a real newsletter's).
    expect(podcast.episodeCount).toBeGreaterThan(100)
    expect(links.filter((a) => a.getAttribute('href')?.startsWith('/digests/')).length).toBe(100)
    expect(
      screen.getByRole('button', {
        name: `Show older episodes (${(podcast.episodeCount - 100).toLocaleString('en')} more)`,
      }),
    ).toBeTruthy()
    cleanup()
  })
})
