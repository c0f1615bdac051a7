/**
 * `12345` -> `12,345` for a whole number, as Intl.NumberFormat('en') writes
 * it, without the ICU start-up the first Intl object costs (lib/format-date).
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',')
}
