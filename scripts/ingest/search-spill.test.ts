import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { samplePost, smallDigest } from '../../src/ingest/search-fixture'
import { digestEntry } from '../../src/ingest/search-index'
import { validateOutput } from '../../src/ingest/validate-output'
import { searchManifestSchema, searchShardSchema } from '../../src/schema/search'
import { SearchSpill, writeSearchIndex } from './search-spill'
import { removeScratch } from './stage-outcome'

let staging: string

beforeEach(async () => {
  staging = await mkdtemp(join(tmpdir(), 'search-spill-'))
})
afterEach(async () => {
  await rm(staging, { recursive: true, force: true })
})

async function spilled(spill: SearchSpill) {
  await spill.flush()
  return spill.months()
}

/** Collects what the CLI would write, validating each file as the CLI does. */
function collect() {
  const files = new Map<string, unknown>()
  return {
    files,
    output: {
      writeText: (path: string, body: string | Uint8Array) => {
        const value = JSON.parse(typeof body === 'string' ? body : Buffer.from(body).toString())
        expect(validateOutput(path, value)).toBeNull()
        files.set(path, value)
      },
      flush: async () => {},
    },
  }
}

describe('SearchSpill and writeSearchIndex', () => {
  it('builds one shard per busy month from digests in any order, newest shard first', async () => {
    const spill = new SearchSpill(staging)
    // File order is not date order.
    for (const [date, file] of [
      ['2025-01-20', 'c.txt'],
      ['2025-02-03', 'a.txt'],
      ['2024-12-31', 'b.txt'],
    ] as const) {
      spill.add(digestEntry(smallDigest(date), file))
    }
    const { files, output } = collect()
    const refs = await writeSearchIndex(await spilled(spill), [samplePost], '2026-11-24', output)
    // The seed-sized digests are small: the three months fit one shard.
    expect(refs.map((ref) => ref.id)).toEqual(['2025-02'])
    expect(refs[0]).toMatchObject({ from: '2024-12-31', to: '2025-02-03' })
    const shard = searchShardSchema.parse(files.get('search/2025-02.json'))
    expect(shard.d.filter((doc) => doc.k === 'd').map((doc) => doc.d)).toEqual([
      '2025-02-03',
      '2025-01-20',
      '2024-12-31',
    ])
    // The undated post goes to the newest shard.
    expect(shard.d.at(-1)).toMatchObject({ k: 'c', s: 'tariffs' })
    const manifest = searchManifestSchema.parse(files.get('search/index.json'))
    expect(manifest.shards[0]?.bytes).toBe(Buffer.byteLength(JSON.stringify(shard)))
    await removeScratch(staging)
    expect(await readdir(staging)).toEqual([])
  })

  it('keeps the later file of two digests for one date', async () => {
    const spill = new SearchSpill(staging)
    spill.add(digestEntry(smallDigest('2025-02-03', 'Later file'), 'z.txt'))
    spill.add(digestEntry(smallDigest('2025-02-03', 'Earlier file'), 'a.txt'))
    const { files, output } = collect()
    await writeSearchIndex(await spilled(spill), [], '2026-11-24', output)
    const shard = searchShardSchema.parse(files.get('search/2025-02.json'))
    expect(shard.d.filter((doc) => doc.k === 'd')).toEqual([
      { k: 'd', d: '2025-02-03', t: 'Later file' },
    ])
  })

  it('indexes posts even when the archive has no digest (in a shard for today)', async () => {
    const spill = new SearchSpill(staging)
    const { files, output } = collect()
    const refs = await writeSearchIndex(await spilled(spill), [samplePost], '2026-11-24', output)
    expect(refs).toMatchObject([{ id: '2026-11', from: '2026-11-24', to: '2026-11-24', docs: 1 }])
    expect(files.has('search/2026-11.json')).toBe(true)
  })

  it('writes an empty manifest for an empty archive', async () => {
    const { files, output } = collect()
    await writeSearchIndex([], [], '2026-11-24', output)
    expect(files.get('search/index.json')).toEqual({ v: 1, shards: [] })
  })

  it('never recreates a staging folder removed after an abort', async () => {
    const dir = join(staging, 'data.tmp-1')
    await mkdir(dir)
    const spill = new SearchSpill(dir)
    for (let day = 1; day <= 28; day++) {
      spill.add(digestEntry(smallDigest(`2025-02-${String(day).padStart(2, '0')}`), `${day}.txt`))
    }
    await spill.abort()
    await rm(dir, { recursive: true, force: true })
    spill.add(digestEntry(smallDigest('2025-03-01'), 'late.txt'))
    await spill.flush()
    expect(await readdir(staging)).toEqual([])
  })
})
