import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/ingest/parse-document'
import type { DocumentReport } from '../../src/schema/report'
import { keepPrevious } from './keep-previous'

// The CLI tests (ingest-cli.test.ts) run it end to end; these are the cases
// of the previous report and DIR that a run rarely meets.
let dir: string
let digestBody: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'keep-previous-'))
  await mkdir(join(dir, 'data/digests'), { recursive: true })
  const parsed = parseDocument(await readFile('content/000_56be99a494d8df3b.txt'), 'seed.txt', {
    today: '2026-12-07',
    knownEmoji: new Set(),
  })
  if (parsed.kind !== 'digest') throw new Error('the seed is a digest')
  digestBody = JSON.stringify(parsed.digest)
  await writeFile(join(dir, 'data/digests/2025-02-03.json'), digestBody)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const line = (file: string, fields: Partial<DocumentReport> = {}): DocumentReport => ({
  file,
  kind: 'digest',
  status: 'ok',
  output: 'digests/2025-02-03.json',
  issues: [],
  repairs: [],
  ...fields,
})
const failed = (file: string): DocumentReport =>
  line(file, { kind: null, status: 'failed', output: null })

async function keep(previous: unknown, failing: DocumentReport[]) {
  await writeFile(join(dir, 'ingest-report.json'), JSON.stringify(previous))
  return keepPrevious(failing, {
    dir: join(dir, 'data'),
    report: join(dir, 'ingest-report.json'),
    publishedToday: () => undefined,
  })
}

describe('keepPrevious', () => {
  it("keeps a date's digest for the file that published it, not the duplicate that lost", async () => {
    const documents = [line('a.txt'), line('b.txt')]
    const [lost, won] = [failed('a.txt'), failed('b.txt')]
    const kept = await keep({ generatedAt: 'x', documents }, [lost, won])
    expect(kept.map((k) => k.file)).toEqual(['b.txt'])
    expect(won.keptPrevious).toBe('digests/2025-02-03.json')
    // The line says what was kept, read from the kept file: it parsed as nothing today.
    expect(won.kind).toBe('digest')
    expect(lost.kind).toBeNull()
    expect(lost.keptPrevious).toBeUndefined()
    expect(lost.issues).toEqual([])
    const [version] = kept
    expect(version?.kind === 'digest' && Buffer.from(version.bytes).toString()).toBe(digestBody)
  })

  it('matches by source name, not by the name shown, which changes with the working folder', async () => {
    const documents = [line('content/a.txt', { source: 'a.txt' })]
    const today = failed('../project/content/a.txt')
    today.source = 'a.txt'
    expect((await keep({ generatedAt: 'x', documents }, [today])).map((k) => k.file)).toEqual([
      '../project/content/a.txt',
    ])
    expect(today.keptPrevious).toBe('digests/2025-02-03.json')
  })

  it('matches by the name shown in a report without source names', async () => {
    const today = failed('content/a.txt')
    today.source = 'a.txt'
    const documents = [line('content/a.txt')]
    expect(await keep({ generatedAt: 'x', documents }, [today])).toHaveLength(1)
    const elsewhere = failed('../content/a.txt')
    elsewhere.source = 'a.txt'
    expect(await keep({ generatedAt: 'x', documents }, [elsewhere])).toEqual([])
  })

  it('matches by the name shown when a source name is not one document', async () => {
    // Two folders given, each with an "a.txt": the source name alone would pick either.
    const sourced = (file: string, fields: Partial<DocumentReport> = {}) =>
      line(file, { source: 'a.txt', ...fields })
    const documents = [
      sourced('x/a.txt'),
      sourced('y/a.txt', { output: 'digests/2025-02-04.json' }),
    ]
    const today = { ...failed('x/a.txt'), source: 'a.txt' }
    expect((await keep({ generatedAt: 'x', documents }, [today])).map((k) => k.output)).toEqual([
      'digests/2025-02-03.json',
    ])
    // One document's before, two today's (the other one parsed): by the name shown, which matches nothing.
    const before = { generatedAt: 'x', documents: [sourced('x/a.txt')] }
    const other = { ...failed('z/a.txt'), source: 'a.txt' }
    const good = sourced('y/a.txt', { output: 'digests/2025-02-04.json' })
    await writeFile(join(dir, 'ingest-report.json'), JSON.stringify(before))
    const kept = await keepPrevious([other, good], {
      dir: join(dir, 'data'),
      report: join(dir, 'ingest-report.json'),
      publishedToday: () => undefined,
    })
    expect(kept).toEqual([])
    expect(other.keptPrevious).toBeUndefined()
  })

  it('reads nothing and says nothing on a first run (no previous report)', async () => {
    const report = failed('a.txt')
    const kept = await keepPrevious([report], {
      dir: join(dir, 'data'),
      report: join(dir, 'none.json'),
      publishedToday: () => undefined,
    })
    expect(kept).toEqual([])
    expect(report.issues).toEqual([])
  })

  it('says why when the previous report is not a report', async () => {
    const report = failed('a.txt')
    expect(await keep({ documents: 'no' }, [report])).toEqual([])
    expect(report.issues[0]?.message).toMatch(/ingest-report\.json is not a valid report/)
  })

  it('says why when the file holds another date', async () => {
    await writeFile(join(dir, 'data/digests/2025-02-04.json'), digestBody)
    const report = failed('a.txt')
    const previous = {
      generatedAt: 'x',
      documents: [line('a.txt', { output: 'digests/2025-02-04.json' })],
    }
    expect(await keep(previous, [report])).toEqual([])
    expect(report.issues[0]?.message).toMatch(/holds the digest of 2025-02-03/)
  })

  it('never reads outside DIR, whatever the report says', async () => {
    const report = failed('a.txt')
    const previous = {
      generatedAt: 'x',
      documents: [line('a.txt', { output: '../ingest-report.json' })],
    }
    expect(await keep(previous, [report])).toEqual([])
    expect(report.issues).toEqual([])
  })
})
