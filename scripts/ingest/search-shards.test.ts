import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { samplePost, smallDigest } from '../../src/ingest/search-fixture'
import { validateOutput } from '../../src/ingest/validate-output'
import type { Digest } from '../../src/schema/digest'
import { searchManifestSchema, searchShardSchema } from '../../src/schema/search'
import {
  buildShardsHere,
  type PublishedDigest,
  type ShardReuse,
  writeSearchIndex,
} from './search-shards'
import { BUILDS_PATH, bodyHash } from './shard-reuse'
import type { ShardTask } from './shard-task'

let staging: string

beforeEach(async () => {
  staging = await mkdtemp(join(tmpdir(), 'search-shards-'))
})
afterEach(async () => {
  await rm(staging, { recursive: true, force: true })
})

/** Writes a digest as the parsers publish it; what the CLI then hands to writeSearchIndex. */
async function published(digest: Digest, file: string): Promise<PublishedDigest> {
  const body = JSON.stringify(digest)
  const path = join(staging, `${digest.date}.json`)
  await writeFile(path, body)
  return {
    date: digest.date,
    file,
    path,
    bytes: Buffer.byteLength(body),
    hash: bodyHash(Buffer.from(body)),
  }
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

describe('writeSearchIndex', () => {
  it('builds one shard per busy month from digests in any order, newest shard first', async () => {
    // File order is not date order.
    const digests = [
      await published(smallDigest('2025-01-20'), 'c.txt'),
      await published(smallDigest('2025-02-03'), 'a.txt'),
      await published(smallDigest('2024-12-31'), 'b.txt'),
    ]
    const { files, output } = collect()
    const refs = await writeSearchIndex(digests, [samplePost], '2026-11-24', output)
    // The seed-sized digests are small: the three months fit one shard.
    expect(refs.map((ref) => ref.id)).toEqual(['2025-02'])
    expect(refs[0]).toMatchObject({ from: '2024-12-31', to: '2025-02-03' })
    const shard = v.parse(searchShardSchema, files.get('search/2025-02.json'))
    expect(shard.d.filter((doc) => doc.k === 'd').map((doc) => doc.d)).toEqual([
      '2025-02-03',
      '2025-01-20',
      '2024-12-31',
    ])
    // The undated post goes to the newest shard.
    expect(shard.d.at(-1)).toMatchObject({ k: 'c', s: 'tariffs' })
    const manifest = v.parse(searchManifestSchema, files.get('search/index.json'))
    expect(manifest.shards[0]?.bytes).toBe(Buffer.byteLength(JSON.stringify(shard)))
  })

  it('gives a month of more than the target its own shard', async () => {
    // 40 KB of bullets a day: a month of them is over the 256 KB target.
    const busy = (date: string) => {
      const digest = smallDigest(date)
      const section = digest.episodes[0]?.sections[0]
      if (section) section.bullets = [`${'Long text about markets. '.repeat(1600)}`]
      return digest
    }
    const digests: PublishedDigest[] = []
    for (const month of ['2025-01', '2025-02']) {
      for (let day = 10; day < 20; day++)
        digests.push(await published(busy(`${month}-${day}`), `${month}-${day}.txt`))
    }
    const { output } = collect()
    const refs = await writeSearchIndex(digests, [], '2026-11-24', output)
    expect(refs.map((ref) => ref.id)).toEqual(['2025-02', '2025-01'])
    // Six search documents per smallDigest, ten digests a month.
    expect(refs.map((ref) => ref.docs)).toEqual([60, 60])
  })

  it('indexes posts even when the archive has no digest (in a shard for today)', async () => {
    const { files, output } = collect()
    const refs = await writeSearchIndex([], [samplePost], '2026-11-24', output)
    expect(refs).toMatchObject([{ id: '2026-11', from: '2026-11-24', to: '2026-11-24', docs: 1 }])
    expect(files.has('search/2026-11.json')).toBe(true)
  })

  it('writes an empty manifest for an empty archive', async () => {
    const { files, output } = collect()
    await writeSearchIndex([], [], '2026-11-24', output)
    expect(files.get('search/index.json')).toEqual({ v: 1, shards: [] })
  })
})

describe('writeSearchIndex, rerun into the output it replaces', () => {
  /** A month of digests over the 256 KB target each, so each month is a shard of its own. */
  const busy = (date: string, words = 'Long text about markets. ') => {
    const digest = smallDigest(date)
    const section = digest.episodes[0]?.sections[0]
    if (section) section.bullets = [words.repeat(1600)]
    return digest
  }
  async function archive(changed: { date: string; words: string } | null = null) {
    const digests: PublishedDigest[] = []
    for (const month of ['2025-01', '2025-02', '2025-03']) {
      for (let day = 10; day < 20; day++) {
        const date = `${month}-${day}`
        const words = changed?.date === date ? changed.words : undefined
        digests.push(await published(busy(date, words), `${date}.txt`))
      }
    }
    return digests
  }

  /** Writes the files to `dir`, as the staging folder would hold them (synchronously, for brevity). */
  function writeTo(dir: string) {
    mkdirSync(join(dir, 'search'), { recursive: true })
    return {
      writeText: (path: string, body: string | Uint8Array) => writeFileSync(join(dir, path), body),
      flush: async () => {},
    }
  }

  /** A run: which shards it built, which it linked from `published`, and what it wrote. */
  async function rerun(digests: PublishedDigest[], published: string, code = 'code-1') {
    const { files, output } = collect()
    const builtIds: string[] = []
    const linked: string[] = []
    const here = (tasks: ShardTask[]) => {
      builtIds.push(...tasks.map((task) => task.id))
      return buildShardsHere(output)(tasks)
    }
    const reuse: ShardReuse = { code, published, link: (path) => linked.push(path) }
    const refs = await writeSearchIndex(digests, [], '2026-11-24', output, here, reuse)
    return { refs, builtIds, linked, files }
  }

  let previous: string
  beforeEach(async () => {
    previous = join(staging, 'DIR')
    const reuse: ShardReuse = { code: 'code-1', published: previous, link: () => {} }
    await writeSearchIndex(await archive(), [], '2026-11-24', writeTo(previous), null, reuse)
  })

  it('links every shard whose inputs are unchanged and builds none', async () => {
    const first = v.parse(
      searchManifestSchema,
      JSON.parse(await readFile(join(previous, 'search/index.json'), 'utf8')),
    )
    const { refs, builtIds, linked, files } = await rerun(await archive(), previous)
    expect(builtIds).toEqual([])
    expect(linked).toEqual(['search/2025-03.json', 'search/2025-02.json', 'search/2025-01.json'])
    expect(refs).toEqual(first.shards)
    // The record for the run after is written again, the same.
    expect(files.get(BUILDS_PATH)).toEqual(
      JSON.parse(await readFile(join(previous, BUILDS_PATH), 'utf8')),
    )
  })

  it('builds again only the shard of a changed digest', async () => {
    const changed = await archive({ date: '2025-02-14', words: 'Other text on energy. ' })
    const { builtIds, linked } = await rerun(changed, previous)
    expect(builtIds).toEqual(['2025-02'])
    expect(linked).toEqual(['search/2025-03.json', 'search/2025-01.json'])
  })

  it('builds every shard again when the code changed', async () => {
    const { builtIds, linked } = await rerun(await archive(), previous, 'code-2')
    expect(builtIds).toEqual(['2025-03', '2025-02', '2025-01'])
    expect(linked).toEqual([])
  })

  it('builds again a shard whose file in DIR is missing or cut short', async () => {
    await rm(join(previous, 'search/2025-03.json'))
    await truncate(join(previous, 'search/2025-01.json'), 100)
    const { builtIds, linked } = await rerun(await archive(), previous)
    expect(builtIds).toEqual(['2025-03', '2025-01'])
    expect(linked).toEqual(['search/2025-02.json'])
  })

  it('trusts no record it cannot read', async () => {
    await writeFile(join(previous, BUILDS_PATH), '{"v":1,"shards":[{"fingerprint":')
    expect((await rerun(await archive(), previous)).builtIds).toHaveLength(3)
    await writeFile(join(previous, BUILDS_PATH), JSON.stringify({ v: 2, shards: [] }))
    expect((await rerun(await archive(), previous)).builtIds).toHaveLength(3)
  })
})
