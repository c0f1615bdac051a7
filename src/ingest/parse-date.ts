// The dates a digest (or a post) prints: "Feb 3, 2025", "February 3, 2025",
// "Monday, February 3, 2025", "3 February 2025", "2025-02-03".

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
}

export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** A line that is shaped like a date: an ISO date, or a valid one, or why not. */
export type DateLine = { ok: true; iso: string } | { ok: false; reason: string }

// Anchored and without nested quantifiers: linear on any input.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_FIRST = /^(?:[A-Za-z]{3,9},? )?([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/
const DAY_FIRST = /^(?:[A-Za-z]{3,9},? )?(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/

/**
 * null when the line does not look like a date at all; otherwise the ISO
 * date, or the reason it cannot be one ("February has no day 30").
 */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim().replace(/\s+/g, ' ')
  if (text.length > 40) return null
  const iso = ISO.exec(text)
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const monthFirst = MONTH_FIRST.exec(text)
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text)
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : []
  if (monthName === undefined || day === undefined || year === undefined) return null
  const month = MONTHS[monthName.toLowerCase()]
  if (month === undefined) return { ok: false, reason: `"${monthName}" is not a month name` }
  return validDate(Number(year), month, Number(day))
}

function validDate(year: number, month: number, day: number): DateLine {
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` }
  const days = daysInMonth(year, month)
  if (day < 1 || day > days) {
    return { ok: false, reason: `${MONTH_ABBREVIATIONS[month - 1]} ${year} has no day ${day}` }
  }
  return { ok: true, iso: isoDate(year, month, day) }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** `2025-02-03` → `Feb 3, 2025`, the newsletter's own form. */
export function formatNewsletterDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${MONTH_ABBREVIATIONS[(month ?? 1) - 1]} ${day}, ${year}`
}
