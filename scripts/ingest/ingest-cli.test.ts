import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, watch } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The CLI as a user runs it: real files, a real child process, exit codes,
// and the promise that a failed or interrupted run leaves DIR as it was.
const root = process.cwd()
const seedDigest = join(root, 'content/000_56be99a494d8df3b.txt')
const seedPost = join(root, 'content/003_fc9397579f5605f8.txt')

let work: string

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

interface StartOptions {
  /** Run the bundle `npm run ingest` runs (scripts/run-ingest.mjs) rather than the source through tsx. */
  bundled?: boolean
  env?: Record<string, string>
  /** The working folder (the project's by default). */
  cwd?: string
}

/** tsx's loader, by path: `--import tsx` resolves from the working folder, which may be another. */
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href

function start(
  args: string[],
  options: StartOptions = {},
): { child: ChildProcess; done: Promise<Run> } {
  // Node itself runs the CLI (tsx as a loader, not as a wrapper process), so a
  // signal reaches the ingest directly and 'close' means it has finished.
  const cli = options.bundled
    ? [join(root, 'scripts/run-ingest.mjs')]
    : ['--import', tsx, join(root, 'scripts/ingest.ts')]
  const child = spawn(process.execPath, [...cli, '--today', '2026-11-24', ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const done = new Promise<Run>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

const run = (args: string[], options?: StartOptions) => start(args, options).done

/** Every file's path and bytes under `dir`, hashed; `ignore` names paths (relative to `dir`) left out. */
async function hashTree(dir: string, ignore: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (at: string): Promise<void> => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (!ignore.includes(relative(dir, path)))
        hash.update(relative(dir, path)).update(await readFile(path))
    }
  }
  await walk(dir)
  return hash.digest('hex')
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-cli-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('ingest CLI', () => {
  it('publishes both seeds and exits 0', async () => {
    const out = join(work, 'ok/data')
    const result = await run(['--out', out, seedDigest, seedPost])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/2 of 2 documents ok, 0 failed/)
    expect(existsSync(join(out, 'digests/2025-02-03.json'))).toBe(true)
    expect(existsSync(join(out, 'index.json'))).toBe(true)
    const report = JSON.parse(await readFile(join(work, 'ok/ingest-report.json'), 'utf8'))
    expect(report.documents).toHaveLength(2)
    expect(report.documents[0].repairs.length).toBeGreaterThan(0)
  })

  it('publishes nothing when a document fails, names file and line, and exits 1', async () => {
    const out = join(work, 'fail/data')
    expect((await run(['--out', out, seedDigest])).code).toBe(0)
    const before = await hashTree(out)

    const empty = join(work, 'fail/empty.txt')
    await writeFile(empty, '')
    const result = await run(['--out', out, seedDigest, seedPost, empty])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/empty\.txt:1: /)
    expect(result.stdout).toMatch(/nothing published/)
    expect(await hashTree(out)).toBe(before)
  })

  it('after a failed run, the published report still describes the published data and the failure has its own', async () => {
    const out = join(work, 'reports/data')
    const published = join(work, 'reports/ingest-report.json')
    const failedReport = join(work, 'reports/ingest-report.failed.json')
    expect((await run(['--out', out, seedDigest])).code).toBe(0)
    const good = await readFile(published, 'utf8')

    const empty = join(work, 'reports/empty.txt')
    await writeFile(empty, '')
    const failed = await run(['--out', out, seedDigest, seedPost, empty])
    expect(failed.code).toBe(1)
    // The report beside DIR is the good run's, byte for byte: it describes what DIR holds.
    expect(await readFile(published, 'utf8')).toBe(good)
    const failure = JSON.parse(await readFile(failedReport, 'utf8'))
    expect(failure.published).toBe(false)
    const statusOf = (name: string) =>
      failure.documents.find((d: { file: string }) => d.file.endsWith(name))?.status
    expect(statusOf('empty.txt')).toBe('failed')
    expect(statusOf('003_fc9397579f5605f8.txt')).toBe('ok')
    // The terminal says where each one is.
    expect(failed.stdout).toContain(`${published} still describes it`)
    expect(failed.stdout).toContain(`this run's report is ${failedReport}`)

    // A run that publishes replaces the report; the superseded failure's report goes.
    const again = await run(['--out', out, seedDigest, seedPost])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`report in ${published}`)
    expect(JSON.parse(await readFile(published, 'utf8')).documents).toHaveLength(2)
    expect(existsSync(failedReport)).toBe(false)
  })

  it('with --keep-going publishes the good documents and still exits 1', async () => {
    const out = join(work, 'keep/data')
    await mkdir(join(work, 'keep'), { recursive: true })
    const empty = join(work, 'keep/empty.txt')
    await writeFile(empty, '  \n')
    const result = await run(['--out', out, '--keep-going', seedDigest, empty])
    expect(result.code).toBe(1)
    expect(existsSync(join(out, 'digests/2025-02-03.json'))).toBe(true)
    const report = JSON.parse(await readFile(join(work, 'keep/ingest-report.json'), 'utf8'))
    const statusOf = (name: string) =>
      report.documents.find((d: { file: string }) => d.file.endsWith(name))?.status
    expect(statusOf('empty.txt')).toBe('failed')
    expect(statusOf('000_56be99a494d8df3b.txt')).toBe('ok')
  })

  it('with --keep-going and every document failing, leaves the previous output as it was', async () => {
    const out = join(work, 'all-fail/data')
    expect((await run(['--out', out, seedDigest])).code).toBe(0)
    const before = await readFile(join(out, 'digests/2025-02-03.json'), 'utf8')
    const empty = join(work, 'all-fail/empty.txt')
    await writeFile(empty, '  \n')
    const result = await run(['--out', out, '--keep-going', empty])
    expect(result.code).toBe(1)
    // Nothing good to publish: publishing would have replaced the digest with an empty site.
    expect(await readFile(join(out, 'digests/2025-02-03.json'), 'utf8')).toBe(before)
    expect(result.stdout + result.stderr).toContain('nothing published')
    expect(existsSync(join(work, 'all-fail/ingest-report.failed.json'))).toBe(true)
  })

  describe('--keep-going and a document that published before', () => {
    /** The seed digest cut short after its second episode's "Details:" label (a download that stopped). */
    async function cutShort(path: string): Promise<void> {
      // Byte for byte (latin1 maps each byte to one character): the seed's damage stays as it is.
      const lines = (await readFile(seedDigest, 'latin1')).split('\n')
      await writeFile(path, lines.slice(0, 114).join('\n'), 'latin1')
    }
    const reportOf = async (dir: string, name: string) => {
      const report = JSON.parse(await readFile(join(dir, 'ingest-report.json'), 'utf8'))
      return report.documents.find((d: { file: string }) => d.file.endsWith(name))
    }

    /**
     * The run before the one under test: in work/<folder>, a copy of a seed
     * (the digest, or the post) at `name`, published with the other seed to
     * data/. That run names the copy by its path, or by the folder `given`
     * (inside work/<folder>) that holds it. `documents` are both, to run again with.
     */
    async function publishedOnce(
      folder: string,
      options: { name?: string; post?: boolean; given?: string } = {},
    ) {
      const dir = join(work, folder)
      const out = join(dir, 'data')
      const file = join(dir, options.name ?? (options.post ? 'post.txt' : 'day.txt'))
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, await readFile(options.post ? seedPost : seedDigest))
      const other = options.post ? seedDigest : seedPost
      const named = options.given === undefined ? file : join(dir, options.given)
      const first = await run(['--out', out, named, other])
      expect(first.code).toBe(0)
      return { dir, out, file, documents: [file, other], before: await hashTree(out) }
    }

    it('keeps the day it published before, everywhere a parsed day appears, and says so', async () => {
      const { dir, out, file: digest, documents, before } = await publishedOnce('kept')
      const published = await readFile(join(out, 'digests/2025-02-03.json'), 'utf8')

      await cutShort(digest)
      // Without --keep-going the advice is to pass it.
      const refused = await run(['--out', out, ...documents])
      expect(refused.stderr).toMatch(
        /looks cut short\. Complete it, or pass --keep-going to publish the other documents without it\.\n/,
      )
      const result = await run(['--out', out, '--keep-going', ...documents])
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/day\.txt:\d+: /)
      // With it, the advice says what became of the day, not to pass what was passed.
      expect(result.stderr).not.toContain('pass --keep-going')
      expect(result.stderr).toMatch(
        /looks cut short\. Complete it; meanwhile its version published before \(digests\/2025-02-03\.json\) stays published\.\n/,
      )
      expect(result.stdout).toMatch(
        /1 of 2 documents ok, 1 failed \(1 digest kept its previous version\)/,
      )
      // The day, its month, its podcasts, its search shard: the output is what the good run published.
      expect(await readFile(join(out, 'digests/2025-02-03.json'), 'utf8')).toBe(published)
      expect(await hashTree(out)).toBe(before)
      const line = await reportOf(dir, 'day.txt')
      expect(line.status).toBe('failed')
      expect(line.keptPrevious).toBe('digests/2025-02-03.json')
      expect(line.kind).toBe('digest')
      expect(line.output).toBe('digests/2025-02-03.json')
      expect(line.issues.map((i: { code: string }) => i.code)).toContain('kept-previous')

      // Still damaged the day after: the report written by the run that kept it finds it again.
      const again = await run(['--out', out, '--keep-going', ...documents])
      expect(again.code).toBe(1)
      expect(await hashTree(out)).toBe(before)
      expect((await reportOf(dir, 'day.txt')).keptPrevious).toBe('digests/2025-02-03.json')
    })

    it('keeps a commentary post that published before', async () => {
      const { dir, out, file, documents, before } = await publishedOnce('kept-post', { post: true })
      await writeFile(file, '  \n')
      const result = await run(['--out', out, '--keep-going', ...documents])
      expect(result.code).toBe(1)
      expect(await hashTree(out)).toBe(before)
      const line = await reportOf(dir, 'post.txt')
      expect(line.status).toBe('failed')
      expect(line.keptPrevious).toMatch(/^posts\/.+\.json$/)
      expect(line.kind).toBe('commentary')
      expect(result.stdout).toMatch(/1 failed \(1 commentary post kept its previous version\)/)
    })

    it('keeps it when the run starts in another folder and is given the files by other paths', async () => {
      // The report showed each file by its path from the working folder, and a
      // run from another folder (a scheduled job, a shell elsewhere) matched none.
      // From the project's folder, the source folder given by its absolute path.
      const published = { name: 'content/day.txt', given: 'content' }
      const { dir, out, file, before } = await publishedOnce('kept-elsewhere', published)
      expect((await reportOf(dir, 'day.txt')).source).toBe('day.txt')

      await cutShort(file)
      // From the source's parent, by relative paths: the report shows other names.
      const result = await run(['--out', 'data', '--keep-going', './content/', seedPost], {
        cwd: dir,
      })
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/1 failed \(1 digest kept its previous version\)/)
      expect(await hashTree(out)).toBe(before)
      const line = await reportOf(dir, 'day.txt')
      expect(line.file).toBe(join('content', 'day.txt'))
      expect(line.source).toBe('day.txt')
      expect(line.keptPrevious).toBe('digests/2025-02-03.json')
    })

    it("publishes today's good digest of that date instead", async () => {
      const { dir, out, file: digest } = await publishedOnce('kept-lost', { name: 'a-day.txt' })
      await cutShort(digest)
      const seed = await readFile(seedDigest, 'latin1')
      const resent = join(dir, 'b-day.txt')
      await writeFile(resent, seed.replace("AI's Global Impact", 'Sent again'), 'latin1')
      const result = await run(['--out', out, '--keep-going', digest, resent, seedPost])
      expect(result.code).toBe(1)
      const published = JSON.parse(await readFile(join(out, 'digests/2025-02-03.json'), 'utf8'))
      expect(published.title).toMatch(/^Sent again/)
      const line = await reportOf(dir, 'a-day.txt')
      expect(line.keptPrevious).toBeUndefined()
      expect(line.output).toBeNull()
      expect(line.issues[0].message).toMatch(
        /looks cut short\. Complete it; the other documents were published without it\.$/,
      )
      expect(result.stdout).toMatch(/ingest: 2 of 3 documents ok, 1 failed, /)
      expect(
        line.issues.find((i: { code: string }) => i.code === 'previous-not-kept')?.message,
      ).toMatch(/b-day\.txt/)
    })

    it('leaves the day out, saying why, when its previous copy is not valid', async () => {
      const { dir, out, file: digest, documents } = await publishedOnce('kept-invalid')
      await writeFile(join(out, 'digests/2025-02-03.json'), '{"date": "2025-02-03"}')
      await cutShort(digest)
      const result = await run(['--out', out, '--keep-going', ...documents])
      expect(result.code).toBe(1)
      expect(existsSync(join(out, 'digests/2025-02-03.json'))).toBe(false)
      const line = await reportOf(dir, 'day.txt')
      expect(line.keptPrevious).toBeUndefined()
      const why = line.issues.find((i: { code: string }) => i.code === 'previous-not-kept')
      expect(why?.message).toMatch(/digests\/2025-02-03\.json/)
    })
  })

  for (const workers of ['0', '1']) {
    it(`links an unchanged digest to the previous run's file (${workers} worker threads)`, async () => {
      // A first run has no digests to link from (stage-outcome.ts looks once); a second one does.
      const out = join(work, `relink-${workers}/data`)
      const env = { INGEST_WORKERS: workers }
      expect((await run(['--out', out, seedDigest, seedPost], { env })).code).toBe(0)
      const digest = join(out, 'digests/2025-02-03.json')
      const first = await stat(digest)
      expect((await run(['--out', out, seedDigest, seedPost], { env })).code).toBe(0)
      expect((await stat(digest)).ino).toBe(first.ino)
    })
  }

  it('publishes the same from the bundle npm run ingest runs, with a worker thread', async () => {
    const fromSource = join(work, 'source/data')
    const bundled = join(work, 'bundled/data')
    expect((await run(['--out', fromSource, seedDigest, seedPost])).code).toBe(0)
    const result = await run(['--out', bundled, seedDigest, seedPost], {
      bundled: true,
      env: { INGEST_WORKERS: '1' },
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // Only the bundle, whose code has a name, records its shards for the next run.
    expect(existsSync(join(fromSource, 'search/builds.json'))).toBe(false)
    expect(await hashTree(bundled, ['search/builds.json'])).toBe(await hashTree(fromSource))
  })

  it('links the search shards of the run before when their documents are unchanged', async () => {
    const out = join(work, 'shards/data')
    // A second digest, a month later (both small: one shard holds them).
    const march = join(work, 'shards/march.txt')
    await mkdir(join(work, 'shards'), { recursive: true })
    // Byte for byte (latin1 maps each byte to one character): the seed's damage stays as it is.
    const seedText = await readFile(seedDigest, 'latin1')
    await writeFile(march, seedText.replace('Feb 3, 2025', 'Mar 3, 2025'), 'latin1')
    const ingest = async () => {
      const result = await run(['--out', out, seedDigest, march, seedPost], {
        bundled: true,
        env: { INGEST_WORKERS: '1', INGEST_STATS: '1' },
      })
      expect(result.code).toBe(0)
      const stats = JSON.parse(result.stdout.match(/ingest-stats: (.*)/)?.[1] ?? '{}')
      // The benchmark prints the kernel's part of the CPU apart (bench/ingest-bench.ts).
      expect(stats.sysCpuMs).toBeGreaterThanOrEqual(0)
      expect(stats.sysCpuMs).toBeLessThanOrEqual(stats.cpuMs)
      return stats.shardsReused
    }
    expect(await ingest()).toBe(0)
    const first = await hashTree(out)
    const shard = join(out, 'search/2025-03.json')
    const built = await stat(shard)
    expect(await ingest()).toBe(1)
    expect(await hashTree(out)).toBe(first)
    expect((await stat(shard)).ino).toBe(built.ino)

    // The March digest changes: the shard is built again, with it.
    await writeFile(march, seedText.replace('Feb 3, 2025', 'Mar 4, 2025'), 'latin1')
    expect(await ingest()).toBe(0)
    const rebuilt = JSON.parse(await readFile(shard, 'utf8'))
    expect(rebuilt.d[0]).toMatchObject({ k: 'd', d: '2025-03-04' })
  })

  it('reuses the bundle while its inputs are unchanged', async () => {
    const stamp = join(root, 'node_modules/.cache/ingest-cli/stamp.json')
    const out = join(work, 'stamp/data')
    expect((await run(['--out', out, seedDigest], { bundled: true })).code).toBe(0)
    const first = JSON.parse(await readFile(stamp, 'utf8'))
    expect(Object.keys(first.inputs)).toEqual(
      expect.arrayContaining(['scripts/ingest.ts', 'scripts/run-ingest.mjs']),
    )
    expect(existsSync(join(first.dir, 'parse-worker.mjs'))).toBe(true)
    const written = (await stat(stamp)).mtimeMs
    expect((await run(['--out', out, seedDigest], { bundled: true })).code).toBe(0)
    // Not built again: the stamp was read, not rewritten.
    expect((await stat(stamp)).mtimeMs).toBe(written)
  })

  it('exits 2 with the usage on an unknown option or a missing path', async () => {
    const unknown = await run(['--frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown option --frobnicate/)
    expect(unknown.stderr).toMatch(/Usage: npm run ingest/)
    const missing = await run(['--out', join(work, 'x/data'), join(work, 'nope')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/does not exist/)
  })

  it('refuses an --out that is not an ingest output (it was replaced, and its files deleted), exits 2', async () => {
    // "--out content" or "--out public" for "public/data": the folder was
    // swapped out and removed like a previous output, with everything in it.
    const folder = join(work, 'precious')
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'notes.md'), 'my notes')
    const before = await hashTree(folder)
    const result = await run(['--out', folder, seedDigest])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/precious/)
    expect(result.stderr).toMatch(/notes\.md/)
    expect(await hashTree(folder)).toBe(before)

    const file = join(work, 'precious.json')
    await writeFile(file, '{}')
    const onFile = await run(['--out', file, seedDigest])
    expect(onFile.code).toBe(2)
    expect(onFile.stderr).toMatch(/not a folder/)
    expect(await readFile(file, 'utf8')).toBe('{}')
  })

  for (const workers of ['0', '2']) {
    it(`publishes the later file of each date's digests (${workers} worker threads)`, async () => {
      // Parsers write the first digest of a date where it is published and
      // the others aside; the later file name must win whichever came first.
      const corpus = join(work, `dates-${workers}`)
      await mkdir(corpus, { recursive: true })
      const seed = await readFile(seedDigest, 'utf8')
      const days = 30
      for (let copy = 0; copy < 3; copy++) {
        for (let day = 1; day <= days; day++) {
          const text = seed
            .replace('Feb 3, 2025', `Mar ${day}, 2025`)
            .replace("AI's Global Impact", `Copy ${copy} of day ${day}`)
          await writeFile(join(corpus, `${copy}-${String(day).padStart(2, '0')}.txt`), text)
        }
      }
      const out = join(work, `dates-${workers}-out/data`)
      const result = await run(['--out', out, '--quiet', corpus], {
        env: { INGEST_WORKERS: workers },
      })
      expect(result.code).toBe(0)
      const published = await readdir(join(out, 'digests'))
      expect(published).toHaveLength(days)
      for (let day = 1; day <= days; day++) {
        const date = `2025-03-${String(day).padStart(2, '0')}`
        const digest = JSON.parse(await readFile(join(out, 'digests', `${date}.json`), 'utf8'))
        expect(digest.title).toMatch(new RegExp(`^Copy 2 of day ${day}\\b`))
      }
      // The search index holds the published digests only.
      const shard = JSON.parse(await readFile(join(out, 'search/2025-03.json'), 'utf8'))
      const titles = shard.d
        .filter((doc: { k: string }) => doc.k === 'd')
        .map((doc: { t: string }) => doc.t)
      expect(titles).toHaveLength(days)
      for (const title of titles) expect(title).toMatch(/^Copy 2 of day/)
    }, 60_000)
  }

  /** Enough digests that writing them takes a while: one per day from 2001. */
  async function longCorpus(name: string): Promise<string> {
    const corpus = join(work, name)
    await mkdir(corpus, { recursive: true })
    const seed = await readFile(seedDigest, 'utf8')
    const day = new Date('2001-01-01T00:00:00Z')
    for (let i = 0; i < 1500; i++) {
      const label = day.toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      })
      await writeFile(join(corpus, `d${i}.txt`), seed.replace('Feb 3, 2025', label))
      day.setUTCDate(day.getUTCDate() + 1)
    }
    return corpus
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves the previous output intact when interrupted by ${signal} mid-write`, async () => {
      const corpus = await longCorpus(`corpus-${signal}`)
      const out = join(work, `signal-${signal}/data`)
      expect((await run(['--out', out, seedDigest])).code).toBe(0)
      const before = await hashTree(out)

      const { child, done } = start(['--out', out, corpus])
      const staging = `${out}.tmp-`
      // Interrupt once the staging folder exists, i.e. while files are being written.
      for (let i = 0; i < 600; i++) {
        const siblings = await readdir(join(work, `signal-${signal}`))
        if (siblings.some((name) => join(work, `signal-${signal}`, name).startsWith(staging))) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill(signal)
      const result = await done
      expect(result.code === 130 || result.code === 143 || result.signal !== null).toBe(true)
      expect(await hashTree(out)).toBe(before)
      const leftovers = (await readdir(join(work, `signal-${signal}`))).filter((n) =>
        n.includes('.tmp-'),
      )
      expect(leftovers).toEqual([])
    }, 120_000)
  }

  it('leaves no staging folder when interrupted the moment it is made', async () => {
    // CI once caught the signal between the folder's creation and the handler's
    // install: the default action killed the run and left data.tmp-<pid> behind.
    const parent = join(work, 'signal-early')
    const out = join(parent, 'data')
    expect((await run(['--out', out, seedDigest])).code).toBe(0)
    const before = await hashTree(out)
    const { child, done } = start(['--out', out, await longCorpus('corpus-early')])
    const watcher = watch(parent, (_event, name) => {
      if (name?.startsWith('data.tmp-')) child.kill('SIGINT')
    })
    const result = await done
    watcher.close()
    expect(result.code === 130 || result.signal !== null).toBe(true)
    expect(await hashTree(out)).toBe(before)
    expect((await readdir(parent)).filter((n) => n.includes('.tmp-'))).toEqual([])
  }, 120_000)
})
