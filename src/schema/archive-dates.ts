/**
 * The days of one month that have a digest, as index.json writes them:
 * newest first, a run of consecutive days as a range ("31-29,27,25-1").
 * The full dates were 90 % of index.json's gzip at ten thousand digests
 * (23 of 25 KB): the file every page loads grew with every day published.
 * Written so, a daily archive costs a few bytes a month.
 */

/** Day numbers and ranges, comma separated (the shape; decodeDays checks the rest). */
export const DAYS_PATTERN = /^\d{1,2}(?:-\d{1,2})?(?:,\d{1,2}(?:-\d{1,2})?)*$/

/** The days of `dates` (one month's ISO dates, newest first) as ranges. */
export function encodeDays(dates: readonly string[]): string {
  const runs: string[] = []
  let start = 0
  let end = 0
  for (const date of dates) {
    const day = Number(date.slice(8, 10))
    if (start !== 0 && day === end - 1) {
      end = day
      continue
    }
    if (start !== 0) runs.push(run(start, end))
    start = day
    end = day
  }
  if (start !== 0) runs.push(run(start, end))
  return runs.join(',')
}

function run(start: number, end: number): string {
  return start === end ? String(start) : `${start}-${end}`
}

/**
 * The ISO dates `days` names in `month` (`YYYY-MM`), newest first; null when
 * it is not a list of days of that month, each older than the one before.
 */
export function decodeDays(month: string, days: string): string[] | null {
  const dates: string[] = []
  const count = walkDays(month, days, (day) =>
    dates.push(`${month}-${String(day).padStart(2, '0')}`),
  )
  return count === null ? null : dates
}

/**
 * How many days `days` names in `month`, or null as for decodeDays: what
 * validating index.json needs, without making ten thousand date strings.
 */
export function countDays(month: string, days: string): number | null {
  return walkDays(month, days)
}

function walkDays(month: string, days: string, visit?: (day: number) => void): number | null {
  if (!DAYS_PATTERN.test(days)) return null
  const [year, monthNumber] = month.split('-').map(Number)
  if (!year || !monthNumber || monthNumber > 12) return null
  let previous = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate() + 1
  let count = 0
  for (const part of days.split(',')) {
    const [from = 0, to = from] = part.split('-').map(Number)
    if (to > from || from >= previous || to < 1) return null
    if (visit) for (let day = from; day >= to; day--) visit(day)
    count += from - to + 1
    previous = to
  }
  return count
}

/** A month of index.json: its days as ranges (version 2), or every date (version 1). */
export type MonthOfDates = { month: string } & ({ days: string } | { dates: readonly string[] })

/** The month's digest dates, newest first. */
function datesOf(entry: MonthOfDates): readonly string[] {
  return 'days' in entry ? (decodeDays(entry.month, entry.days) ?? []) : entry.dates
}

/** Every digest date of the archive, newest first, from index.json's months. */
export function archiveDates(months: readonly MonthOfDates[]): readonly string[] {
  return months.flatMap(datesOf)
}

/**
 * The digests published just before and after `date`; null at the ends of
 * the archive, or for a date it does not have. Only the date's month and the
 * two beside it are read: every page asks, and the archive may hold decades.
 */
export function neighbourDates(
  months: readonly MonthOfDates[],
  date: string,
): { older: string | null; newer: string | null } {
  const at = months.findIndex((entry) => entry.month === date.slice(0, 7))
  const month = months[at]
  const dates = month ? datesOf(month) : []
  const day = dates.indexOf(date)
  if (day === -1) return { older: null, newer: null }
  const newerMonth = months[at - 1]
  const olderMonth = months[at + 1]
  return {
    older: dates[day + 1] ?? (olderMonth ? (datesOf(olderMonth)[0] ?? null) : null),
    newer: dates[day - 1] ?? (newerMonth ? (datesOf(newerMonth).at(-1) ?? null) : null),
  }
}
