import { formatInstant } from '../../lib/format-date'

/**
 * When a bookmark was saved, in the reader's own time zone (an instant, unlike
 * digest dates, which `lib/format-date` keeps on their calendar day); empty
 * for an unreadable stamp.
 */
export function formatSavedAt(iso: string): string {
  const parsed = new Date(iso)
  return Number.isNaN(parsed.getTime()) ? '' : formatInstant(parsed)
}
