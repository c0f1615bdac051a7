import type { SiteIndex } from '../../schema/site-index'

export interface DigestNeighbours {
  /** The day before, or null at the start of the archive. */
  older: string | null
  /** The day after, or null for the latest digest. */
  newer: string | null
}

/** Previous and next digest dates, from the index's month list (newest first). */
export function digestNeighbours(index: SiteIndex, date: string): DigestNeighbours {
  const dates = index.months.flatMap((month) => month.dates)
  const at = dates.indexOf(date)
  if (at === -1) return { older: null, newer: null }
  return { older: dates[at + 1] ?? null, newer: dates[at - 1] ?? null }
}
