import type { DocumentReport } from '../../src/schema/report'

// The library refuses a digest cut short with "…the file looks cut short.
// Complete it." (src/ingest/cut-short.ts); what else to do depends on the
// run. It advised "pass --keep-going" even when --keep-going had been passed.

interface RunShape {
  keepGoing: boolean
  /** The run published (with --keep-going, the good documents beside the failed ones). */
  published: boolean
}

const COMPLETE_IT = 'Complete it.'

/**
 * Ends each cut-short error of the `failed` documents with the advice that
 * fits the run: without --keep-going, to pass it; with it, what became of the
 * document (its previous version kept, keep-previous.ts, or left out). Call it
 * once keptPrevious is set.
 */
export function adviseCutShort(failed: readonly DocumentReport[], run: RunShape): void {
  for (const report of failed) {
    for (const issue of report.issues) {
      if (issue.code !== 'cut-short' || issue.severity !== 'error') continue
      if (!issue.message.endsWith(COMPLETE_IT)) continue
      issue.message = issue.message.slice(0, -COMPLETE_IT.length) + advice(report, run)
    }
  }
}

function advice(report: DocumentReport, run: RunShape): string {
  if (!run.keepGoing)
    return 'Complete it, or pass --keep-going to publish the other documents without it.'
  // --keep-going with no good document published nothing (the summary says so).
  if (!run.published) return COMPLETE_IT
  if (report.keptPrevious !== undefined)
    return `Complete it; meanwhile its version published before (${report.keptPrevious}) stays published.`
  return 'Complete it; the other documents were published without it.'
}
