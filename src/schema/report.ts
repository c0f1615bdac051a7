import * as z from 'zod/mini'

// What the ingest tells about each document: written in full to report.json.

export const locationSchema = z.object({
  file: z.string(),
  /** 1-based. */
  line: z.number(),
  /** 1-based, when known. */
  column: z.optional(z.number()),
})

export const repairSchema = z.object({
  ...locationSchema.shape,
  damaged: z.string(),
  result: z.string(),
  /** Other readings that were possible, when the repair was a choice. */
  alternatives: z.array(z.string()),
  /** Why this reading won, in words ("intact elsewhere in the document"). */
  reason: z.string(),
})

export const issueSchema = z.object({
  ...locationSchema.shape,
  severity: z.enum(['error', 'warning']),
  /** Machine-readable kind ("empty-section", "unmatched-top-podcast"). */
  code: z.string(),
  message: z.string(),
})

export const documentReportSchema = z.object({
  file: z.string(),
  kind: z.nullable(z.enum(['digest', 'commentary'])),
  status: z.enum(['ok', 'failed', 'skipped']),
  /** digests/<date>.json or posts/<slug>.json when published. */
  output: z.nullable(z.string()),
  issues: z.array(issueSchema),
  repairs: z.array(repairSchema),
})

export const reportSchema = z.object({
  generatedAt: z.string(),
  documents: z.array(documentReportSchema),
})

export type Location = z.infer<typeof locationSchema>
export type Repair = z.infer<typeof repairSchema>
export type Issue = z.infer<typeof issueSchema>
export type DocumentReport = z.infer<typeof documentReportSchema>
export type Report = z.infer<typeof reportSchema>
