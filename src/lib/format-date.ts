// Dates written in English by hand, not with Intl: the first Intl object a
// page makes sets up ICU, 105-160 ms of main thread under a 4x slowed CPU,
// on the critical path of every page the app renders itself and of every
// hydration (docs/decisions/0012). The app's locale is fixed ('en'), so the
// words and their order are too; the unit tests hold each function equal to
// the Intl format it replaces.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** A calendar day (`2025-02-03`) or month (`2025-02`) as UTC midnight, or null. */
function parseDay(text: string): Date | null {
  const parsed = new Date(`${text}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

const monthDayYear = (d: Date) =>
  `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`

// Digest dates are calendar days, not instants: they are read in UTC so no
// reader's time zone moves February 3 to February 2.

/** `2025-02-03` -> `February 3, 2025` (Intl's dateStyle "long"). */
export function formatDigestDate(date: string): string {
  const parsed = parseDay(date)
  return parsed ? monthDayYear(parsed) : date
}

/** `2025-02-03` -> `Monday, February 3, 2025` (Intl's dateStyle "full"). */
export function formatDigestDay(date: string): string {
  const parsed = parseDay(date)
  return parsed ? `${WEEKDAYS[parsed.getUTCDay()]}, ${monthDayYear(parsed)}` : date
}

/** `2025-02` -> `February 2025`; anything else is shown as is. */
export function formatMonth(month: string): string {
  const parsed = parseDay(`${month}-01`)
  return parsed ? `${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}` : month
}

/**
 * An instant in the reader's own time zone: `Feb 3, 2025, 8:05 PM` (Intl's
 * dateStyle "medium" with timeStyle "short", as Chromium and Node write it:
 * a plain space before AM/PM, where CLDR 42 had a narrow no-break one).
 */
export function formatInstant(instant: Date): string {
  const hours = instant.getHours()
  const minutes = String(instant.getMinutes()).padStart(2, '0')
  const date = `${MONTHS[instant.getMonth()]?.slice(0, 3)} ${instant.getDate()}, ${instant.getFullYear()}`
  return `${date}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}
