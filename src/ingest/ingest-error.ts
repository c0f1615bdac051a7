import type { Issue, Location } from '../schema/report'

/**
 * The only error the ingest library throws on bad input: it always names the
 * file and line, and says what was expected there. Anything else escaping the
 * library is a bug (a property test holds us to this).
 */
export class IngestError extends Error {
  readonly file: string
  readonly line: number
  readonly column: number | undefined
  readonly code: string

  constructor(at: Location, code: string, message: string) {
    super(`${at.file}:${at.line}${at.column ? `:${at.column}` : ''}: ${message}`)
    this.name = 'IngestError'
    this.file = at.file
    this.line = at.line
    this.column = at.column
    this.code = code
  }

  toIssue(): Issue {
    return {
      file: this.file,
      line: this.line,
      ...(this.column ? { column: this.column } : {}),
      severity: 'error',
      code: this.code,
      message: this.message,
    }
  }
}
