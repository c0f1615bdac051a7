import { MONTHS } from '../../lib/format-date'

/**
 * An instant in the reader's own time zone: `Feb 3, 2025, 8:05 PM` (Intl's
 * dateStyle "medium" with timeStyle "short", as Chromium and Node write it:
 * a plain space before AM/PM, where CLDR 42 had a narrow no-break one). By
 * hand, not with Intl: lib/format-date says why.
 */
export function formatInstant(instant: Date): string {
  const hours = instant.getHours()
  const minutes = String(instant.getMinutes()).padStart(2, '0')
  const date = `${MONTHS[instant.getMonth()]?.slice(0, 3)} ${instant.getDate()}, ${instant.getFullYear()}`
  return `${date}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

/**
 * When a bookmark was saved, in the reader's own time zone (an instant, unlike
 * digest dates, which `lib/format-date` keeps on their calendar day); empty
 * for an unreadable stamp.
 */
export function formatSavedAt(iso: string): string {
  const parsed = new Date(iso)
  return Number.isNaN(parsed.getTime()) ? '' : formatInstant(parsed)
}
