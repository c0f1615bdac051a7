import type { Issue } from '../schema/report'

/** Where a finding was made: every warning and error names a file and a 1-based line. */
export interface At {
  file: string
  line: number
}

/** A warning the ingest records and carries on: the document is still published. */
export function warning(at: At, code: string, message: string): Issue {
  return { file: at.file, line: at.line, severity: 'warning', code, message }
}
