const long = new Intl.DateTimeFormat('en', {
  dateStyle: 'long',
  timeZone: 'UTC',
})

/** `2025-02-03` -> `February 3, 2025`. Digest dates are calendar days: formatted in UTC so no timezone shifts them. */
export function formatDigestDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : long.format(parsed)
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** When a bookmark was saved, in the reader's own time zone; empty for an unreadable stamp. */
export function formatSavedAt(iso: string): string {
  const parsed = new Date(iso)
  return Number.isNaN(parsed.getTime()) ? '' : dateTime.format(parsed)
}
