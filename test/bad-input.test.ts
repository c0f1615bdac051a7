import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The bad-input corpus (test/fixtures/bad/), each document with the exact
// issue it must produce, run through the real CLI: no crash, a message naming
// file and line, the right exit code, bounded memory, and the previously
// published output untouched when a document fails.
type Expect = { exit: 0 | 1; issues: string[] }
const CORPUS: Record<string, Expect> = {
  'empty.txt': { exit: 1, issues: ['error:empty:1'] },
  'whitespace-only.txt': { exit: 1, issues: ['error:empty:1'] },
  'binary-png.txt': { exit: 1, issues: ['error:binary:1'] },
  'latin1.txt': { exit: 0, issues: ['warning:legacy-encoding:8'] },
  'utf16.txt': { exit: 0, issues: ['warning:utf-16:1'] },
  'bom.txt': { exit: 0, issues: ['warning:bom:1'] },
  'crlf.txt': { exit: 0, issues: [] },
  'lone-cr.txt': { exit: 0, issues: ['warning:line-endings:1'] },
  'no-date.txt': { exit: 1, issues: ['error:missing-date:3'] },
  'impossible-date.txt': { exit: 1, issues: ['error:invalid-date:3'] },
  'future-date.txt': { exit: 0, issues: ['warning:future-date:3'] },
  'top-podcast-without-episode.txt': { exit: 0, issues: ['warning:unmatched-top-podcast:10'] },
  'episode-without-top-podcast.txt': {
    exit: 0,
    issues: ['warning:episode-header-split:29', 'warning:missing-top-podcast:29'],
  },
  'duplicate-episode-titles.txt': { exit: 0, issues: ['warning:duplicate-episode-title:30'] },
  'section-out-of-order.txt': { exit: 0, issues: ['warning:section-out-of-order:26'] },
  'heading-without-title.txt': { exit: 0, issues: ['warning:heading-without-title:26'] },
  'bullet-outside-section.txt': { exit: 0, issues: ['warning:bullet-outside-section:22'] },
  // Its last episode stops after its key points: refused (cut-short.ts), at the last line.
  'truncated-mid-episode.txt': { exit: 1, issues: ['error:cut-short:36'] },
  'hostile.txt': { exit: 0, issues: ['warning:invisible-characters:42'] },
}

const root = process.cwd()
const fixtures = join(root, 'test/fixtures/bad')
let work: string
let published: string
let before: string

interface Run {
  code: number | null
  out: string
  maxRssMb: number
}

function ingest(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        // As `npm run ingest` runs it: without the cap, V8 grows the heap as
        // far as the machine allows before collecting, and peak memory
        // measures the machine, not the ingest.
        '--max-old-space-size=768',
        '--import',
        'tsx',
        'scripts/ingest.ts',
        '--today',
        '2026-11-24',
        '--out',
        published,
        ...args,
      ],
      { cwd: root, env: { ...process.env, INGEST_STATS: '1' } },
    )
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      out += chunk
    })
    child.on('close', (code) => {
      const stats = JSON.parse(out.match(/ingest-stats: (.*)/)?.[1] ?? '{"maxRssKb":0}')
      resolve({ code, out, maxRssMb: stats.maxRssKb / 1024 })
    })
  })
}

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (at: string): Promise<void> => {
    const entries = (await readdir(at, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )
    for (const entry of entries) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else hash.update(relative(dir, path)).update(await readFile(path))
    }
  }
  await walk(dir)
  return hash.digest('hex')
}

/**
 * `severity:code:line` of every issue the report lists for one document: the
 * published report, or the failed run's own when it published nothing.
 */
async function reportIssues(name: string, published: boolean): Promise<string[]> {
  const file = published ? 'ingest-report.json' : 'ingest-report.failed.json'
  const report = JSON.parse(await readFile(join(work, file), 'utf8'))
  const document = report.documents.find((d: { file: string }) => d.file.endsWith(`/${name}`))
  const issues: { severity: string; code: string; line: number }[] = document?.issues ?? []
  return issues.map((i) => `${i.severity}:${i.code}:${i.line}`)
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bad-input-'))
  published = join(work, 'data')
  const seed = await ingest([join(root, 'content')])
  expect(seed.code).toBe(0)
  before = await hashTree(published)
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('bad input to the ingest CLI', () => {
  for (const [name, expected] of Object.entries(CORPUS)) {
    it(`${name}: ${expected.issues.join(', ') || 'accepted without issues'}, exit ${expected.exit}`, async () => {
      // Alone and together with good documents: a failure publishes nothing.
      const run = await ingest([join(fixtures, name), join(root, 'content')])
      expect(run.code).toBe(expected.exit)
      // Without --keep-going, a document error publishes nothing.
      const publishes = expected.exit === 0
      expect((await reportIssues(name, publishes)).sort()).toEqual([...expected.issues].sort())
      for (const issue of expected.issues.filter((i) => i.startsWith('error'))) {
        const line = issue.split(':')[2]
        expect(run.out).toContain(`bad/${name}:${line}: `)
      }
      if (expected.exit === 1) expect(await hashTree(published)).toBe(before)
      else before = await hashTree(published)
    }, 90_000)
  }

  it('duplicate dates across two files: the later file wins, and the report says so', async () => {
    const run = await ingest([
      join(fixtures, 'duplicate-date-a.txt'),
      join(fixtures, 'duplicate-date-b.txt'),
    ])
    expect(run.code).toBe(0)
    const report = await readFile(join(work, 'ingest-report.json'), 'utf8')
    expect(report).toMatch(
      /duplicate-date-b\.txt is published and [^"]*duplicate-date-a\.txt is ignored/,
    )
    const digest = JSON.parse(await readFile(join(published, 'digests/2025-02-03.json'), 'utf8'))
    expect(digest.title).toBe('A Re-sent Test Digest 🎙️')
    before = await hashTree(published)
  }, 90_000)

  it('--keep-going publishes the good documents beside a bad one', async () => {
    const run = await ingest(['--keep-going', join(fixtures, 'empty.txt'), join(root, 'content')])
    expect(run.code).toBe(1)
    expect(await hashTree(published)).not.toBe(before)
    before = await hashTree(published)
  }, 90_000)

  describe('large documents stay within bounded memory', () => {
    const seedText = () => readFile(join(root, 'content/000_56be99a494d8df3b.txt'), 'utf8')

    it('a 50 MB file', async () => {
      const seed = await seedText()
      const details = seed.slice(seed.indexOf('1. πŸ—£'), seed.indexOf('Chris Williamson - '))
      let big = seed.slice(0, seed.indexOf('Chris Williamson - '))
      const chunks: string[] = [big]
      let size = big.length
      for (let n = 0; size < 50 * 1024 * 1024; n++) {
        const part = details.replace(/^(\d+)\./gm, (_, d) => `${Number(d) + 10 * (n + 1)}.`)
        chunks.push(part)
        size += part.length
      }
      big = chunks.join('')
      const file = join(work, 'fifty-mb.txt')
      await writeFile(file, big)
      const run = await ingest(['--keep-going', file])
      // Refused with a message naming it (a digest is tens of KB), never a crash.
      expect(run.code).toBe(1)
      expect(run.out).not.toMatch(/heap out of memory|FATAL/)
      expect(run.out).toMatch(
        /fifty-mb\.txt:1: the file is 50\.\d MB; a digest or commentary post is at most 10\.0 MB/,
      )
      // Nothing good to publish: even --keep-going leaves the published
      // output and its report as they were, and this run's report beside them.
      expect(await reportIssues('fifty-mb.txt', false)).toEqual(['error:too-large:1'])
      expect(run.maxRssMb).toBeLessThan(1024)
    }, 180_000)

    it('a line of 1 MB and thousands of sections', async () => {
      const seed = await seedText()
      const line = `  • ${'DeepSeek builds models. '.repeat(44_000)}`
      const sections = Array.from(
        { length: 5000 },
        (_, i) => `${i + 11}. 🔍 Section ${i}\n\n  • Bullet ${i}.\n`,
      ).join('\n')
      const text = seed
        .replace(
          '10. πŸ’‘ Innovation Through Constraints',
          `${line}\n\n10. πŸ’‘ Innovation Through Constraints`,
        )
        .replace('\nChris Williamson - ', `\n${sections}\nChris Williamson - `)
      const file = join(work, 'long.txt')
      await writeFile(file, text)
      const run = await ingest([file])
      expect(run.code).toBe(0)
      expect(run.maxRssMb).toBeLessThan(1024)
      const digest = JSON.parse(await readFile(join(published, 'digests/2025-02-03.json'), 'utf8'))
      expect(digest.episodes[0].sections.length).toBe(5010)
    }, 120_000)
  })

  it('keeps the fixtures themselves unchanged', async () => {
    // The corpus is data for this test; copying it must not alter it (sanity).
    const copy = join(work, 'copy')
    await cp(fixtures, copy, { recursive: true })
    expect(await hashTree(copy)).toBe(await hashTree(fixtures))
  })
})
