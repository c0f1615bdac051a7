// Digest dates are calendar days, not instants: format them in UTC so no
// reader's time zone moves February 3 to February 2.
const long = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
const full = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' })

function parse(date: string): Date | null {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

/** `2025-02-03` -> `February 3, 2025`. */
export function formatDigestDate(date: string): string {
  const parsed = parse(date)
  return parsed ? long.format(parsed) : date
}

/** `2025-02-03` -> `Monday, February 3, 2025`. */
export function formatDigestDay(date: string): string {
  const parsed = parse(date)
  return parsed ? full.format(parsed) : date
}
