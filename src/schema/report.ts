import * as v from 'valibot'

// What the ingest tells about each document: written in full to ingest-report.json
// (or, for a run that published nothing, ingest-report.failed.json) beside DIR.

export const locationSchema = v.object({
  file: v.string(),
  /** 1-based. */
  line: v.number(),
  /** 1-based, when known. */
  column: v.optional(v.number()),
})

export const repairSchema = v.object({
  ...locationSchema.entries,
  damaged: v.string(),
  result: v.string(),
  /** Other readings that were possible, when the repair was a choice. */
  alternatives: v.array(v.string()),
  /**
   * Readings the bytes also allow that a filter removed before choosing (⤜
   * from `β€œ` makes no sense; 🏛 lacks the U+FE0F 🏛️ takes), each named in
   * `reason`. Absent when there were none, and in reports before 2026-12-07.
   */
  ruledOut: v.optional(v.array(v.string())),
  /** Why this reading won, in words ("intact elsewhere in the document"). */
  reason: v.string(),
})

export const issueSchema = v.object({
  ...locationSchema.entries,
  severity: v.picklist(['error', 'warning']),
  /** Machine-readable kind ("empty-section", "unmatched-top-podcast"). */
  code: v.string(),
  message: v.string(),
})

export const documentReportSchema = v.object({
  /** The document's path as the run was given it, relative to the working folder. */
  file: v.string(),
  /**
   * Its path inside the folder the run was given ("2025/day.txt"; a file given
   * by itself: its name), with "/" between folders. The same whichever
   * folder the run started in: what a later run matches a failed document to
   * its previous output by. Absent in reports before 2026-12-07.
   */
  source: v.optional(v.string()),
  /**
   * What the document parsed as; null when it failed, unless its previous
   * version was kept (`keptPrevious`): then the kind of the kept file.
   */
  kind: v.nullable(v.picklist(['digest', 'commentary'])),
  status: v.picklist(['ok', 'failed', 'skipped']),
  /** digests/<date>.json or posts/<slug>.json when published. */
  output: v.nullable(v.string()),
  issues: v.array(issueSchema),
  repairs: v.array(repairSchema),
  /**
   * A failed document whose previous output was published again in its place
   * (`--keep-going`: a day that parsed yesterday is not lost to today's
   * damaged copy). The path of that output, as `output` names it. Absent
   * otherwise, and in reports before 2026-12-07.
   */
  keptPrevious: v.optional(v.string()),
})

export const reportSchema = v.object({
  generatedAt: v.string(),
  /**
   * Whether the run published its output. False in `ingest-report.failed.json`:
   * DIR kept the previous output, which `ingest-report.json` still describes.
   * Optional: reports written before 2026-12-07 do not say.
   */
  published: v.optional(v.boolean()),
  documents: v.array(documentReportSchema),
})

export type Location = v.InferOutput<typeof locationSchema>
export type Repair = v.InferOutput<typeof repairSchema>
export type Issue = v.InferOutput<typeof issueSchema>
export type DocumentReport = v.InferOutput<typeof documentReportSchema>
export type Report = v.InferOutput<typeof reportSchema>
