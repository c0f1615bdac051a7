import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentReport } from '../../src/schema/report'
import { printSummary } from './summary'

afterEach(() => {
  vi.restoreAllMocks()
})

const line = (fields: Partial<DocumentReport>): DocumentReport => ({
  file: 'a.txt',
  kind: null,
  status: 'ok',
  output: null,
  issues: [],
  repairs: [],
  ...fields,
})
const kept = (kind: DocumentReport['kind'], output: string) =>
  line({ kind, status: 'failed', output, keptPrevious: output })

/** The summary line printSummary prints for `reports` (published, quiet). */
function summaryOf(reports: DocumentReport[]): string {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
  printSummary(reports, {
    out: 'out/data',
    published: true,
    report: 'out/ingest-report.json',
    previousReport: null,
    noneGood: false,
    seconds: 1,
    quiet: true,
  })
  return log.mock.calls.map((call) => String(call[0])).join('\n')
}

describe('printSummary', () => {
  it('says what the failed documents that kept their previous version were', () => {
    const ok = line({ kind: 'digest', output: 'digests/2025-02-04.json' })
    expect(summaryOf([ok, kept('digest', 'digests/2025-02-03.json')])).toContain(
      '1 of 2 documents ok, 1 failed (1 digest kept its previous version),',
    )
    expect(
      summaryOf([
        ok,
        kept('digest', 'digests/2025-02-03.json'),
        kept('digest', 'digests/2025-02-05.json'),
        kept('commentary', 'posts/a.json'),
        line({ status: 'failed' }),
      ]),
    ).toContain(
      '1 of 5 documents ok, 4 failed (2 digests and 1 commentary post kept their previous versions),',
    )
  })

  it('says nothing of kept versions when none was kept', () => {
    expect(summaryOf([line({ status: 'failed' })])).toContain('0 of 1 documents ok, 1 failed, ')
  })
})
