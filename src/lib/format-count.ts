/**
 * `12345` -> `12,345` for a whole number, as Intl.NumberFormat('en') writes
 * it, without the ICU start-up the first Intl object costs (lib/format-date).
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',')
}

/**
 * A count and its noun, as a reader reads them: `1 episode`, `10,000
 * digests`. The pages' counts go through here, so an archive of years does
 * not print "10000" on one page and "10,000" on the next.
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}
