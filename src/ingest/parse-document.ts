import { type Digest, digestSchema } from '../schema/digest'
import { type Post, postSchema } from '../schema/post'
import type { Issue, Repair } from '../schema/report'
import { validate } from '../schema/validate'
import { decodeDocument } from './decode-document'
import { detectKind } from './detect-kind'
import { IngestError } from './ingest-error'
import { warning } from './issues'
import { parseCommentary } from './parse-commentary'
import { parseDigest } from './parse-digest'
import { repairText } from './repair/repair-text'

export type ParsedDocument =
  | { kind: 'digest'; file: string; digest: Digest; issues: Issue[]; repairs: Repair[] }
  | { kind: 'commentary'; file: string; post: Post; issues: Issue[]; repairs: Repair[] }

export interface ParseDocumentOptions {
  /**
   * ISO date for the `future-date` check. Defaults to the current UTC date:
   * a forgotten option should not silently switch the check off.
   */
  today?: string
  /** Emoji seen intact elsewhere in the archive, for the text repair. */
  knownEmoji?: ReadonlySet<string>
}

/**
 * Bytes of one content file → a validated digest or post, with warnings and
 * repairs. Decodes, tells the kind, repairs damaged text, parses, validates.
 * Throws IngestError only: bad input names its line; anything unexpected
 * (including output the schema rejects) is a bug, reported as `internal`.
 */
export function parseDocument(
  bytes: Uint8Array,
  file: string,
  options: ParseDocumentOptions = {},
): ParsedDocument {
  try {
    return parse(bytes, file, options)
  } catch (error) {
    if (error instanceof IngestError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new IngestError(
      { file, line: 1 },
      'internal',
      `internal error while parsing (a bug): ${message}`,
    )
  }
}

/**
 * A digest is tens of kilobytes; no real document comes near this. Parsing a
 * file thousands of times larger would take gigabytes (the text, its repair
 * and its lines are all held at once), so it is refused up front, with a
 * message, instead of exhausting the ingest's memory.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

function parse(bytes: Uint8Array, file: string, options: ParseDocumentOptions): ParsedDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
    throw new IngestError(
      { file, line: 1 },
      'too-large',
      `the file is ${mb(bytes.length)}; a digest or commentary post is at most ${mb(MAX_DOCUMENT_BYTES)}. Is this the right file, or several documents joined into one?`,
    )
  }
  const decoded = decodeDocument(bytes, file)
  const kind = detectKind(decoded.text, file)
  const repaired = repairText(decoded.text, {
    file,
    ...(options.knownEmoji ? { knownEmoji: options.knownEmoji } : {}),
  })
  const issues = [...decoded.issues]
  // Most documents need no repair and get their text back unchanged: nothing to count.
  if (repaired.text !== decoded.text && lineCount(repaired.text) !== lineCount(decoded.text)) {
    // The repair promises to keep lines; if it does not, later line numbers may be off.
    issues.push(
      warning(
        { file, line: 1 },
        'repair-line-count',
        'the text repair changed the number of lines; line numbers may be off',
      ),
    )
  }
  if (kind === 'digest') {
    const today = options.today ?? new Date().toISOString().slice(0, 10)
    const parsed = parseDigest(repaired.text, { file, today })
    const checked = validate(digestSchema, parsed.digest)
    if (!checked.ok) throw schemaBug(file, 'digest', checked.problem)
    return {
      kind,
      file,
      digest: checked.value,
      issues: byLine([...issues, ...parsed.issues]),
      repairs: repaired.repairs,
    }
  }
  const parsed = parseCommentary(repaired.text, file)
  const checked = validate(postSchema, parsed.post)
  if (!checked.ok) throw schemaBug(file, 'post', checked.problem)
  return {
    kind,
    file,
    post: checked.value,
    issues: byLine([...issues, ...parsed.issues]),
    repairs: repaired.repairs,
  }
}

function schemaBug(file: string, what: string, detail: string): IngestError {
  return new IngestError(
    { file, line: 1 },
    'internal',
    `the parsed ${what} does not match the schema (a bug): ${detail}`,
  )
}

function lineCount(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Report order: by line, stable within a line. */
function byLine(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.line - b.issue.line || a.i - b.i)
    .map((x) => x.issue)
}
