import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DigestMeta } from '../../src/ingest/build-site'
import { type Digest, digestSchema } from '../../src/schema/digest'
import { type Post, postSchema } from '../../src/schema/post'
import { type DocumentReport, type Report, reportSchema } from '../../src/schema/report'
import { type Schema, validate } from '../../src/schema/validate'
import { isCode } from './fs-error'
import { toMeta } from './parse-for-publish'
import { bodyHash } from './shard-reuse'

// Publishing replaces DIR as a whole, so under --keep-going a digest that
// parsed yesterday and fails today (a damaged re-download, a file cut short)
// was simply missing from the new output: the reader's app lost the day and
// every bookmark into it. A failed document whose source file published a
// version before has that version published again, read back from DIR and
// validated as the app will read it (decision 0003, addendum "a failed
// document keeps its previous version"). The document's report stays failed.

/** A version from DIR to publish again in place of a failed document. */
export type PreviousVersion =
  | {
      kind: 'digest'
      /** The failed document, as the report names it. */
      file: string
      /** `digests/<date>.json`, in DIR and in the new output. */
      output: string
      date: string
      /** The published bytes, unchanged (so its search shard can be reused). */
      bytes: Uint8Array
      /** `bodyHash` of `bytes`, as a parsed digest's staging records it. */
      hash: string
      meta: DigestMeta
    }
  | { kind: 'commentary'; file: string; output: string; post: Post }

export interface KeepOptions {
  /** DIR, the output this run replaces. */
  dir: string
  /** `ingest-report.json` beside it, which says which source file published each output. */
  report: string
  /** The good document of this run that publishes `output`, if one does: it wins. */
  publishedToday: (output: string) => string | undefined
}

const DIGEST_PATH = /^digests\/(\d{4}-\d{2}-\d{2})\.json$/
const POST_PATH = /^posts\/[a-z0-9-]+\.json$/

/**
 * The previous versions of the failed ones of `documents` (this run's) that
 * can be kept. Each
 * kept document's report gets `keptPrevious` and a warning saying so; one
 * whose previous version cannot be kept (missing, invalid, or a good document
 * of today publishes its date) gets a warning saying why. A document that
 * published nothing before gets no word: there was nothing to keep.
 */
export async function keepPrevious(
  documents: readonly DocumentReport[],
  options: KeepOptions,
): Promise<PreviousVersion[]> {
  const failed = documents.filter((report) => report.status === 'failed')
  if (failed.length === 0) return []
  const previous = await readPreviousReport(options.report)
  if (previous === null) return []
  if ('problem' in previous) {
    for (const report of failed) {
      warn(
        report,
        'previous-not-kept',
        `failed, and no version published before can be kept: ${previous.problem}.`,
      )
    }
    return []
  }
  const publishedBefore = previousOutputs(previous, documents)
  const kept: PreviousVersion[] = []
  for (const report of failed) {
    const output = publishedBefore(report)
    if (output === undefined) continue
    const notKept = (why: string) =>
      warn(
        report,
        'previous-not-kept',
        `failed, and its version published before (${output}) is not kept: ${why}.`,
      )
    const winner = options.publishedToday(output)
    if (winner !== undefined) {
      notKept(`${winner} publishes ${output} today`)
      continue
    }
    const version = await readVersion(report.file, output, options.dir)
    if ('problem' in version) {
      notKept(version.problem)
      continue
    }
    report.keptPrevious = output
    // It parsed as nothing today (kind null); what is published is the kept file, so the line says its kind.
    report.kind = version.kind
    // A digest's path is known now; a post's is given by the site build (its slug, deduplicated).
    if (version.kind === 'digest') report.output = output
    warn(
      report,
      'kept-previous',
      `failed; its version published before (${output}) is published again in its place.`,
    )
    kept.push(version)
  }
  return kept
}

/** `null` when there is no previous report (a first run): nothing was published before. */
async function readPreviousReport(path: string): Promise<Report | { problem: string } | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    return { problem: `${path} could not be read (${String(error)})` }
  }
  const checked = check(reportSchema, text, path, 'report')
  return 'problem' in checked ? checked : checked.value
}

/**
 * The output a document of this run published on the run `previous`
 * describes, if it did. Matched by source name (read-documents.ts), which does
 * not depend on the folder either run started in: the file name the report
 * shows does ("content/day.txt", "../content/day.txt", "day.txt"), so a run
 * from another folder kept nothing. By the file name shown, as before, when
 * the previous report has no source names (written before 2026-12-07), or
 * when a source name is not one document's on both runs (two folders given,
 * each with a "day.txt").
 */
function previousOutputs(
  previous: Report,
  today: readonly DocumentReport[],
): (report: DocumentReport) => string | undefined {
  const sourcesBefore = countSources(previous.documents)
  const sourcesToday = countSources(today)
  const bySource = new Map<string, string>()
  const byFile = new Map<string, string>()
  for (const { file, source, output } of publishedOutputs(previous)) {
    if (source !== undefined) bySource.set(source, output)
    byFile.set(file, output)
  }
  return ({ file, source }) =>
    source !== undefined && sourcesBefore.get(source) === 1 && sourcesToday.get(source) === 1
      ? bySource.get(source)
      : byFile.get(file)
}

function countSources(documents: readonly DocumentReport[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { source } of documents) {
    if (source !== undefined) counts.set(source, (counts.get(source) ?? 0) + 1)
  }
  return counts
}

/**
 * The documents that published an output. Of two digests of one date both
 * name the output; the file that sorts last was published (build-site's
 * rule, by the names that run showed), or the one that was kept in its
 * date's place.
 */
function publishedOutputs(report: Report): Published[] {
  const byOutput = new Map<string, Published>()
  for (const { file, source, status, output, keptPrevious } of report.documents) {
    if (output === null || (status !== 'ok' && keptPrevious === undefined)) continue
    if (!DIGEST_PATH.test(output) && !POST_PATH.test(output)) continue
    const other = byOutput.get(output)
    if (other === undefined || file.localeCompare(other.file) > 0) {
      byOutput.set(output, { file, source, output })
    }
  }
  return [...byOutput.values()]
}

interface Published {
  file: string
  source: string | undefined
  output: string
}

async function readVersion(
  file: string,
  output: string,
  dir: string,
): Promise<PreviousVersion | { problem: string }> {
  const path = join(dir, output)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    return { problem: isCode(error, 'ENOENT') ? `${path} is missing` : `${path} could not be read` }
  }
  const text = Buffer.from(bytes).toString('utf8')
  const date = DIGEST_PATH.exec(output)?.[1]
  if (date !== undefined) {
    const digest = check<Digest>(digestSchema, text, path, 'digest')
    if ('problem' in digest) return digest
    if (digest.value.date !== date) {
      return { problem: `${path} holds the digest of ${digest.value.date}` }
    }
    return {
      kind: 'digest',
      file,
      output,
      date,
      bytes,
      hash: bodyHash(bytes),
      meta: toMeta(digest.value),
    }
  }
  const post = check<Post>(postSchema, text, path, 'commentary post')
  if ('problem' in post) return post
  return { kind: 'commentary', file, output, post: post.value }
}

/** The file's JSON against the schema that describes it (for a published file, the one the app reads it with). */
function check<T>(
  schema: Schema<T>,
  text: string,
  path: string,
  what: string,
): { value: T } | { problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { problem: `${path} is not JSON` }
  }
  const checked = validate(schema, value)
  return checked.ok
    ? { value: checked.value }
    : { problem: `${path} is not a valid ${what} (${checked.problem})` }
}

function warn(report: DocumentReport, code: string, message: string): void {
  report.issues.push({
    file: report.file,
    line: 1,
    severity: 'warning',
    code,
    // As other warnings: the summary puts file:line before it.
    message,
  })
}
