import { MONTHS, parseDay } from './format-date'

/** `2025-02` -> `February 2025` (UTC, like digest dates; no Intl: lib/format-date); anything else is shown as is. */
export function formatMonth(month: string): string {
  const d = parseDay(`${month}-01`)
  return d ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : month
}
