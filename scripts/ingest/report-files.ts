// The names of the ingest's reports, beside DIR (decision 0003). The build
// leaves every one of them out of the site wherever it lies in public/
// (scripts/build/leave-out-ingest-reports.ts), so both ask this file.

/** The report of the published output: it describes DIR. */
export const REPORT_FILE = 'ingest-report.json'

/** The report of the last run that published nothing. */
export const FAILED_REPORT_FILE = 'ingest-report.failed.json'

/** Where a run writes its report before renaming it into place (`<report>.tmp-<pid>`). */
export function reportTempName(report: string, pid: number): string {
  return `${report}.tmp-${pid}`
}

/**
 * Either report, or either one's temporary name: left behind by a run that
 * was killed (SIGKILL) while it wrote, or being written by a run right now.
 */
export function isReportFile(name: string): boolean {
  return /^ingest-report(?:\.failed)?\.json(?:\.tmp-\d+)?$/.test(name)
}
