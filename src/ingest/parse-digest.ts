import type { Digest } from '../schema/digest'
import type { Issue } from '../schema/report'
import { assembleDigest } from './assemble-digest'
import { checkDigestEnd } from './cut-short'
import { readDigest } from './digest-reader'

export interface ParseDigestOptions {
  file: string
  /** ISO date; a digest dated later gets a `future-date` warning. */
  today?: string
}

/**
 * A digest from text that has already been decoded and repaired
 * (parseDocument runs repairText first; the repair keeps line numbers, so
 * every line here is a line of the file). Throws IngestError only, also for
 * a digest that looks cut short (cut-short.ts).
 */
export function parseDigest(
  text: string,
  options: ParseDigestOptions,
): { digest: Digest; issues: Issue[] } {
  const read = readDigest(text, options)
  const ending = checkDigestEnd(text, read.raw, options.file)
  const assembled = assembleDigest(read.raw, options.file)
  return {
    digest: assembled.digest,
    issues: [...read.issues, ...assembled.issues, ...ending],
  }
}
