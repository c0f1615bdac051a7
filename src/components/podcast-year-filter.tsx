import { countOf, formatCount } from '../lib/format-count'
import type { YearCount } from '../schema/podcast-years'
import { LabelledSelect } from './labelled-select'
import { type UrlFilter, useUrlFilter } from './url-filters'

/** `?year=YYYY`: one year of a podcast's episodes. */
const YEAR_PARAM = 'year'
const YEAR = /^\d{4}$/

/** The year `?year=` names, or null for every year (a malformed value reads as none). */
export function parseYearParam(params: URLSearchParams): string | null {
  const value = params.get(YEAR_PARAM)
  return value && YEAR.test(value) ? value : null
}

const podcastYear: UrlFilter<string | null> = {
  param: YEAR_PARAM,
  read: parseYearParam,
  write: (year) => year,
  unfiltered: null,
}

/**
 * The year a list shows for `chosen`: a year the podcast has no episode in
 * shows every year (null), as no year does. The podcast's page and its
 * archive both read the address so.
 */
export function yearOffered(years: readonly YearCount[], chosen: string | null): string | null {
  return years.some((entry) => entry.year === chosen) ? chosen : null
}

/** The year chosen in the address (null: every year), and how to choose another. */
export function usePodcastYearFilter(): [string | null, (next: string | null) => void] {
  return useUrlFilter(podcastYear)
}

interface PodcastYearFilterProps {
  years: readonly YearCount[]
  /** The year shown, or null for every year. */
  value: string | null
  onChange: (year: string | null) => void
  /**
   * How many episodes the list holds: said beside the choice of a year. The
   * archive leaves it out: its list's first line says it.
   */
  shown?: number
}

/**
 * "Filter by year" on a podcast's page, and on its archive
 * (`/digests?podcast=`). Years of daily digests give a podcast hundreds of
 * episodes, a hundred rows a page: a year long ago was
 * several presses of "Show older episodes" away, and reading one year meant
 * scrolling past all the newer ones. Kept in the address like the archive's
 * filters, so it can be shared, reloaded and undone with Back. Hidden for a
 * podcast whose episodes all fall in one year.
 */
export function PodcastYearFilter({ years, value, onChange, shown }: PodcastYearFilterProps) {
  if (years.length < 2) return null
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2">
      <LabelledSelect
        label="Filter by year"
        name={YEAR_PARAM}
        value={value ?? ''}
        onChange={(year) => onChange(year === '' ? null : year)}
      >
        <option value="">All years</option>
        {years.map(({ year, count }) => (
          <option key={year} value={year}>
            {year} ({formatCount(count)})
          </option>
        ))}
      </LabelledSelect>
      {/* There with every year too, empty: a status region that comes with
          its text is often not announced. And below `sm`, where the count
          does not fit beside the choice, it keeps its own line either way:
          a prerendered page is all years, and the list jumped down a line
          when the app filled this in on a `?year=` address. */}
      {shown !== undefined && (
        <p
          role="status"
          className="min-h-5 basis-full text-sm text-stone-700 noscript:hidden sm:basis-auto dark:text-stone-300"
        >
          {value !== null && `${countOf(shown, 'episode')} in ${value}`}
        </p>
      )}
    </div>
  )
}
