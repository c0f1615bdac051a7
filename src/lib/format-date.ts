// Dates written in English by hand, not with Intl: the first Intl object a
// page makes sets up ICU, 105-160 ms of main thread under a 4x slowed CPU,
// on the critical path of every page the app renders itself and of every
// hydration (docs/decisions/0012). The app's locale is fixed ('en'), so the
// words and their order are too; the unit tests hold each function equal to
// the Intl format it replaces. Kept small: it is in the overview's first
// bundle (formatMonth and the bookmarks' instants live beside their pages).

export const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')

/** A calendar day (`2025-02-03`) as UTC midnight, or null. */
export function parseDay(text: string): Date | null {
  const parsed = new Date(`${text}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

// Digest dates are calendar days, not instants: they are read in UTC so no
// reader's time zone moves February 3 to February 2.

/** `2025-02-03` -> `February 3, 2025` (Intl's dateStyle "long"). */
export function formatDigestDate(date: string): string {
  const d = parseDay(date)
  return d ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : date
}

/** `2025-02-03` -> `Monday, February 3, 2025` (Intl's dateStyle "full"). */
export function formatDigestDay(date: string): string {
  const d = parseDay(date)
  // The day is parsed twice (here and in formatDigestDate), a few microseconds:
  // a shared helper cost 32 bytes of the overview's budget, which has fewer.
  return d ? `${WEEKDAYS[d.getUTCDay()]}, ${formatDigestDate(date)}` : date
}
