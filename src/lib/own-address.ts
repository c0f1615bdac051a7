// Addresses a reader may write for a page the app publishes under another:
// the built file's name (`…/the-slug.html`, which a static host answers too),
// capitals, and a date without its leading zeros (`/digests/2026-1-5`). Each
// page compares what it was given with its published form and, when only the
// writing differs, moves to it (use-own-address.ts) instead of "not found".

/** A slug as written, in its published form: no `.html`, lower case. */
export function ownSlug(written: string): string {
  return written.replace(/\.html$/i, '').toLowerCase()
}

/** A digest date as written, in its published form (YYYY-MM-DD); anything else unchanged. */
export function ownDate(written: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\.html)?$/i.exec(written)
  if (!match) return written
  const [, year = '', month = '', day = ''] = match
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
