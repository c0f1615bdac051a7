import { writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DigestMeta } from '../../src/ingest/build-site'
import type { Issue, Repair } from '../../src/schema/report'
import type { ParseOutcome } from './parse-for-publish'
import { SEARCH_SPILL_DIR, SearchSpill, type SpilledMonth } from './search-spill'

/** Inside the staging folder: each parsed digest's JSON, named by the document's position. */
export const PARSED_DIR = '.parsed'

/**
 * A parse outcome once its bulk is on disk: the digest's JSON in PARSED_DIR
 * and its search entry in the parser's spill. Whoever parsed the document
 * writes them (a worker thread, for a large archive), so the text never
 * crosses to the main thread, which only renames the winning file of each
 * date into place (writing 10,000 bodies there held the run back).
 */
export type StagedOutcome =
  | {
      kind: 'digest'
      /** `digests/<date>.json` */
      output: string
      /** Where the body waits, relative to the staging folder. */
      staged: string
      meta: DigestMeta
      issues: Issue[]
      repairs: Repair[]
    }
  | Exclude<ParseOutcome, { kind: 'digest' }>

export class OutcomeStager {
  private readonly spill: SearchSpill

  /** `name` tells this parser's spill files from other threads' (one writer per file). */
  constructor(
    private readonly stagingDir: string,
    name: string,
  ) {
    this.spill = new SearchSpill(stagingDir, name)
  }

  /** Writes a digest's body now (PARSED_DIR must exist) and queues its search entry. */
  stage(outcome: ParseOutcome, index: number): StagedOutcome {
    if (outcome.kind !== 'digest') return outcome
    const { body, searchLine, ...rest } = outcome
    const staged = `${PARSED_DIR}/${index}.json`
    writeFileSync(join(this.stagingDir, staged), body)
    this.spill.addSerialized(outcome.meta.date, searchLine)
    return { ...rest, staged }
  }

  /** Every search entry on disk; the months this parser spilled. */
  async finish(): Promise<SpilledMonth[]> {
    await this.spill.flush()
    return this.spill.months()
  }

  /** No more writes, and the queued ones settled (before the staging folder is removed). */
  abort(): Promise<void> {
    return this.spill.abort()
  }
}

/** The parsers' leftovers (bodies of digests that lost their date, search entries): not published. */
export async function removeScratch(stagingDir: string): Promise<void> {
  await rm(join(stagingDir, PARSED_DIR), { recursive: true, force: true })
  await rm(join(stagingDir, SEARCH_SPILL_DIR), { recursive: true, force: true })
}
