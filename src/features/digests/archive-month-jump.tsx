import { LabelledSelect } from '../../components/labelled-select'
import { type UrlFilter, useUrlFilter } from '../../components/url-filters'
import { formatMonth } from '../../lib/format-month'
import type { SiteIndex } from '../../schema/site-index'

type MonthEntry = Pick<SiteIndex['months'][number], 'month' | 'count'>

/** `?from=YYYY-MM`: the first month of the archive's window (archive-window.ts). */
const FROM_PARAM = 'from'
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/

/** The month `?from=` names, or null for the newest (a malformed value reads as none). */
export function parseFromParam(params: URLSearchParams): string | null {
  const value = params.get(FROM_PARAM)
  return value && MONTH.test(value) ? value : null
}

const archiveFrom: UrlFilter<string | null> = {
  param: FROM_PARAM,
  read: parseFromParam,
  write: (month) => month,
  unfiltered: null,
}

export interface YearOfMonths {
  year: string
  months: MonthEntry[]
}

/** The archive's months (newest first) under their years, newest first, as the list groups them. */
export function monthsByYear(months: readonly MonthEntry[]): YearOfMonths[] {
  const years: YearOfMonths[] = []
  for (const entry of months) {
    const year = entry.month.slice(0, 4)
    const last = years.at(-1)
    if (last?.year === year) last.months.push(entry)
    else years.push({ year, months: [entry] })
  }
  return years
}

interface ArchiveMonthJumpProps {
  /** Every month of the archive, newest first (index.json). */
  months: readonly MonthEntry[]
}

/**
 * "Jump to month": any month of the archive in one choice. The archive shows
 * a few months at a time (archive-window.ts), and "Older digests" moves three
 * months a press: years of digests were dozens of presses from the oldest.
 * The choice is kept in the address like the filters (`?from=`), so it can
 * be shared, reloaded and undone with Back; the newest month is the plain
 * `/digests`. Focus stays on the list, so a reader can step through months
 * with the arrow keys, as through the podcasts.
 */
export function ArchiveMonthJump({ months }: ArchiveMonthJumpProps) {
  const [from, jump] = useUrlFilter(archiveFrom)
  const newest = months[0]?.month
  if (newest === undefined || months.length < 2) return null
  // A month the archive does not have shows the window it opens: the newest.
  const current = from !== null && months.some((entry) => entry.month === from) ? from : newest
  return (
    <LabelledSelect
      label="Jump to month"
      name={FROM_PARAM}
      value={current}
      onChange={(month) => jump(month === newest ? null : month)}
    >
      {monthsByYear(months).map(({ year, months: ofYear }) => (
        <optgroup key={year} label={year}>
          {ofYear.map(({ month, count }) => (
            <option key={month} value={month}>
              {formatMonth(month)} ({count})
            </option>
          ))}
        </optgroup>
      ))}
    </LabelledSelect>
  )
}
