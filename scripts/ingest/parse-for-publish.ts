import type { DigestMeta } from '../../src/ingest/build-site'
import { IngestError } from '../../src/ingest/ingest-error'
import { parseDocument } from '../../src/ingest/parse-document'
import type { Digest } from '../../src/schema/digest'
import type { Post } from '../../src/schema/post'
import type { Issue, Repair } from '../../src/schema/report'

/**
 * What the CLI needs of one document, in a form that crosses a worker
 * boundary cheaply: a digest comes back already validated and serialised
 * (the main thread only writes the strings) with the light metadata the
 * index files need and its search entry; a post comes back whole (there are
 * few of them).
 */
export type ParseOutcome =
  | {
      kind: 'digest'
      /** `digests/<date>.json` */
      output: string
      body: string
      meta: DigestMeta
      issues: Issue[]
      repairs: Repair[]
    }
  | { kind: 'commentary'; post: Post; issues: Issue[]; repairs: Repair[] }
  | { kind: 'failed'; issue: Issue }

export interface ParseForPublishOptions {
  today: string
  knownEmoji: ReadonlySet<string>
}

/** Parses, validates and serialises one document; never throws (a bug becomes an `internal` issue). */
export function parseForPublish(
  bytes: Uint8Array,
  file: string,
  options: ParseForPublishOptions,
): ParseOutcome {
  try {
    const parsed = parseDocument(bytes, file, options)
    if (parsed.kind === 'commentary') {
      return {
        kind: 'commentary',
        post: parsed.post,
        issues: parsed.issues,
        repairs: parsed.repairs,
      }
    }
    // parseDocument returned it through digestSchema, the schema validateOutput
    // would check it against again (a tenth of a millisecond per digest).
    const output = `digests/${parsed.digest.date}.json`
    return {
      kind: 'digest',
      output,
      body: JSON.stringify(parsed.digest),
      meta: toMeta(parsed.digest),
      issues: parsed.issues,
      repairs: parsed.repairs,
    }
  } catch (error) {
    return {
      kind: 'failed',
      issue: error instanceof IngestError ? error.toIssue() : internalIssue(file, error),
    }
  }
}

/** Only what the index, month and podcast files need: a 10,000-digest run never holds every section. */
export function toMeta(digest: Digest): DigestMeta {
  return {
    date: digest.date,
    site: digest.site,
    title: digest.title,
    episodes: digest.episodes.map(({ slug, podcast, podcastSlug, title, oneLine, topics }) => ({
      slug,
      podcast,
      podcastSlug,
      title,
      oneLine,
      topics,
    })),
  }
}

export function internalIssue(file: string, error: unknown): Issue {
  return {
    file,
    line: 1,
    severity: 'error',
    code: 'internal',
    message: `${file}:1: the ingest failed unexpectedly (a bug): ${String(error)}`,
  }
}
