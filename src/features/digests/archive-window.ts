/**
 * The archive shows a window of at most MAX_MONTHS months, starting at the
 * month named in `?from=YYYY-MM` (default: the newest). More months load as
 * the reader scrolls, up to the window; then "Older digests" moves the window.
 * So the DOM stays a few hundred rows however long the archive is, and every
 * window has an address that can be shared and reloaded.
 */
export const MAX_MONTHS = 3

export interface ArchiveWindow {
  /** Months to render, newest first. */
  months: string[]
  /** `?from=` of the previous (newer) window, or null at the newest. */
  newer: string | null
  /** `?from=` of the next (older) window, or null at the oldest. */
  older: string | null
}

export function archiveWindow(
  all: readonly string[],
  from: string | null,
  shown: number,
): ArchiveWindow {
  const found = from ? all.indexOf(from) : 0
  const start = found === -1 ? 0 : found
  const count = Math.min(Math.max(shown, 1), MAX_MONTHS)
  const months = all.slice(start, start + count)
  const end = start + months.length
  return {
    months,
    newer: start > 0 ? (all[Math.max(0, start - MAX_MONTHS)] ?? null) : null,
    older: count === MAX_MONTHS && end < all.length ? (all[end] ?? null) : null,
  }
}
