import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { DigestMeta } from '../../src/ingest/build-site'
import type { Issue, Repair } from '../../src/schema/report'
import { isCode } from './fs-error'
import type { ParseOutcome } from './parse-for-publish'
import { bodyHash } from './shard-reuse'
import { writeOrLink } from './write-or-link'

/** Inside the staging folder: each parsed digest's JSON, named by the document's position. */
export const PARSED_DIR = '.parsed'

/** Where `stage` publishes a digest (`digests/<date>.json`). */
const DIGESTS_DIR = 'digests'

/**
 * A parse outcome once its bulk is on disk: the digest's JSON. Whoever parsed
 * the document writes it (a worker thread, for a large archive), so the text
 * never crosses to the main thread (writing 10,000 bodies there held the run
 * back); the search shards read it back at the end (search-shards.ts).
 *
 * The first digest of a date is written where it is published,
 * `digests/<date>.json`, created exclusively (or linked to DIR's file when
 * that holds the same bytes: write-or-link.ts); another digest of that date
 * (whichever thread comes second) waits in PARSED_DIR, and the main thread
 * moves the winner into place once every document is parsed. Before, every
 * body waited in PARSED_DIR and the main thread renamed 10,000 of them: about
 * a second of its time and as many journal entries at 10,000 digests.
 */
export type StagedOutcome =
  | {
      kind: 'digest'
      /** `digests/<date>.json` */
      output: string
      /** Where the body is, relative to the staging folder: `output` itself, or a file in PARSED_DIR. */
      staged: string
      /** The body's size in bytes, which groups months into search shards. */
      bytes: number
      /** The hash of the body (shard-reuse.ts): a shard whose digests all kept theirs is reused. */
      hash: string
      meta: DigestMeta
      issues: Issue[]
      repairs: Repair[]
    }
  | Exclude<ParseOutcome, { kind: 'digest' }>

export class OutcomeStager {
  private madeDigestsDir = false
  /**
   * DIR when it has a digests folder to link from. Without one (a first run,
   * or a new DIR) no digest can be linked, and looking for each was a failed
   * open with its thrown error: ~10 ms of CPU per 1,000 digests.
   */
  private readonly linkFrom: string | null

  constructor(
    private readonly stagingDir: string,
    /** DIR, the output this run replaces: an unchanged digest is linked from there. */
    published: string | null = null,
  ) {
    const digests = published === null ? null : join(published, DIGESTS_DIR)
    this.linkFrom = digests !== null && existsSync(digests) ? published : null
  }

  /** Writes a digest's body now (PARSED_DIR must exist). */
  stage(outcome: ParseOutcome, index: number): StagedOutcome {
    if (outcome.kind !== 'digest') return outcome
    const { body, ...rest } = outcome
    // Encoded once, for whichever of the two writes happens.
    const bytes = Buffer.from(body)
    const staged = this.writeFirst(outcome.output, bytes)
      ? outcome.output
      : `${PARSED_DIR}/${index}.json`
    if (staged !== outcome.output) writeFileSync(join(this.stagingDir, staged), bytes)
    return { ...rest, staged, bytes: bytes.length, hash: bodyHash(bytes) }
  }

  /** Writes `path` unless it exists (another digest of the date got there first): false then. */
  private writeFirst(path: string, bytes: Uint8Array): boolean {
    const target = join(this.stagingDir, path)
    if (!this.madeDigestsDir) {
      // Not recursive: if the staging folder is gone (an aborted run), fail rather than recreate it.
      try {
        mkdirSync(dirname(target))
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error
      }
      this.madeDigestsDir = true
    }
    try {
      const previous = this.linkFrom === null ? null : join(this.linkFrom, path)
      writeOrLink(target, bytes, previous)
      return true
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false
      throw error
    }
  }
}

/** The parsers' leftovers (bodies of digests that lost their date): not published. */
export async function removeScratch(stagingDir: string): Promise<void> {
  await rm(join(stagingDir, PARSED_DIR), { recursive: true, force: true })
}
