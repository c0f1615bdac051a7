import { useQuery } from '@tanstack/react-query'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { Skeleton } from '../../components/skeleton'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { monthQuery } from '../../data/queries'
import { formatMonth } from '../../lib/format-month'
import { useHydrated } from '../../lib/use-hydrated'
import { ArchiveDayCard } from './archive-day-card'
import { ArchiveMonthSection } from './archive-month-section'

interface ArchiveMonthProps {
  month: string
  /** Move focus to the month's heading when it appears. */
  focus?: boolean
}

/** One month of the archive, fetched on its own (`months/<YYYY-MM>.json`) when it is shown. */
export function ArchiveMonth({ month, focus = false }: ArchiveMonthProps) {
  // Not fetched while React takes the prerendered archive over: that render is
  // always the newest month (its copy is in the HTML), and on `?from=` or
  // `?podcast=` it gives way at once to what the address asks for, which
  // aborted the newest month's file half-loaded (a wasted request).
  const query = useQuery({ ...monthQuery(month), enabled: useHydrated() })
  const data = usePrerenderedCopy(query.data, 'prerendered-month', month)
  const failed = useKeptError(query)
  return (
    <ArchiveMonthSection month={month} focus={focus}>
      {data ? (
        <ol className="space-y-4">
          {data.digests.map((digest) => (
            // A day with nothing to show under “Unread only” renders nothing: hide its item.
            <li key={digest.date} className="empty:hidden">
              <ArchiveDayCard
                date={digest.date}
                title={digest.title}
                episodes={digest.episodes}
                showPodcast
              />
            </li>
          ))}
        </ol>
      ) : failed ? (
        <ErrorPanel
          {...failed}
          title={`${formatMonth(month)} could not be loaded`}
          headingLevel={3}
        />
      ) : (
        <Skeleton lines={6} label={`Loading ${formatMonth(month)}`} />
      )}
    </ArchiveMonthSection>
  )
}
