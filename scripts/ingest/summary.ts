import type { DocumentReport } from '../../src/schema/report'

interface SummaryOptions {
  out: string
  published: boolean
  /** Where this run's report was written. */
  report: string
  /** When nothing was published: the earlier report that still describes DIR, if there is one. */
  previousReport: string | null
  /** Every document failed: not even --keep-going publishes (it would replace DIR with nothing). */
  noneGood: boolean
  seconds: number
  quiet: boolean
}

/**
 * A short summary on the terminal: every error in full (file:line: message),
 * warnings and repairs counted by kind; the full list is in the report file.
 */
export function printSummary(reports: DocumentReport[], options: SummaryOptions): void {
  const failed = reports.filter((r) => r.status === 'failed')
  for (const report of failed) {
    for (const issue of report.issues.filter((i) => i.severity === 'error')) {
      console.error(`error: ${issue.message}`)
    }
  }
  const warnings = reports.flatMap((r) => r.issues.filter((i) => i.severity === 'warning'))
  const repairs = reports.reduce((n, r) => n + r.repairs.length, 0)
  if (!options.quiet && warnings.length > 0) {
    const byCode = new Map<string, number>()
    for (const warning of warnings) byCode.set(warning.code, (byCode.get(warning.code) ?? 0) + 1)
    const counts = [...byCode].map(([code, n]) => `${n} ${code}`).join(', ')
    console.log(`warnings: ${counts} (details in the report)`)
    for (const w of warnings.slice(0, 5)) console.log(`  ${w.file}:${w.line}: ${w.message}`)
    if (warnings.length > 5) console.log(`  … and ${warnings.length - 5} more`)
  }
  const ok = reports.length - failed.length
  console.log(
    `ingest: ${ok} of ${reports.length} documents ok, ${failed.length} failed${keptNote(failed)}, ${repairs} text repairs; ${where(options)} (${options.seconds.toFixed(2)} s)`,
  )
}

/**
 * " (1 digest and 2 commentary posts kept their previous versions)": what
 * --keep-going published again in place of failed documents (keep-previous.ts),
 * by the kind of the kept file.
 */
function keptNote(failed: readonly DocumentReport[]): string {
  const kept = failed.filter((r) => r.keptPrevious !== undefined)
  if (kept.length === 0) return ''
  // keepPrevious sets each kept line's kind from the file it kept.
  const digests = kept.filter((r) => r.kind === 'digest').length
  const posts = kept.length - digests
  const what = [
    count(digests, 'digest', 'digests'),
    count(posts, 'commentary post', 'commentary posts'),
  ]
    .filter(Boolean)
    .join(' and ')
  return ` (${what} kept ${kept.length === 1 ? 'its previous version' : 'their previous versions'})`
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`
}

/**
 * Where the output and each report are. After a failed run two reports sit
 * beside DIR, and the reader must know which one describes what DIR holds.
 */
function where(options: SummaryOptions): string {
  if (options.published) return `published to ${options.out}, report in ${options.report}`
  const kept =
    options.previousReport === null
      ? `${options.out} is unchanged`
      : `${options.out} is unchanged and ${options.previousReport} still describes it`
  const advice = options.noneGood
    ? 'no document was good enough to publish'
    : 'use --keep-going to publish the good documents'
  return `nothing published: ${kept}; this run's report is ${options.report} (${advice})`
}
