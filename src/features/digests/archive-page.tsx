import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { PageHeading } from '../../components/page-heading'
import { PodcastFilter } from '../../components/podcast-filter'
import { Skeleton } from '../../components/skeleton'
import { usePodcastFilter } from '../../components/use-podcast-filter'
import { siteIndexQuery } from '../../data/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ArchiveByPodcast } from './archive-by-podcast'
import { ArchiveMonth } from './archive-month'
import { archiveWindow, MAX_MONTHS } from './archive-window'

const FIRST_MONTHS = 1

/**
 * Route module for `/digests`: every digest, newest first. Months are fetched
 * and rendered on demand (automatically when the sentinel scrolls into view,
 * or with the button), inside a window of a few months (archive-window.ts),
 * so a ten-year archive costs what three months cost.
 */
export function Component() {
  useDocumentTitle('Archive')
  const index = useQuery(siteIndexQuery())
  const [podcast] = usePodcastFilter()
  const [params] = useSearchParams()
  const from = params.get('from')
  const [shown, setShown] = useState(FIRST_MONTHS)
  const sentinel = useRef<HTMLDivElement>(null)
  // A new window starts small again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the window moves
  useEffect(() => setShown(FIRST_MONTHS), [from])
  const allMonths = index.data?.months.map((m) => m.month) ?? []
  const view = archiveWindow(allMonths, from, shown)
  const canGrow = shown < MAX_MONTHS && view.months.length === shown && shown < allMonths.length

  useEffect(() => {
    const target = sentinel.current
    // Without IntersectionObserver (old browsers, some embedded views) the
    // "Show older digests" button still works; only the auto-loading is lost.
    if (!target || !canGrow || podcast || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setShown((n) => n + 1)
      },
      { rootMargin: '600px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [canGrow, podcast])

  if (index.isError) return <ErrorPanel error={index.error} onRetry={() => index.refetch()} />
  if (index.isPending) return <Skeleton lines={10} label="Loading the archive" />
  const { digestCount, podcasts } = index.data
  const pageLink =
    'inline-flex h-10 items-center rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 dark:border-stone-700'
  return (
    <>
      <PageHeading
        lead={`${digestCount} ${digestCount === 1 ? 'digest' : 'digests'}, newest first`}
      >
        Archive
      </PageHeading>
      <div className="mb-6">
        <PodcastFilter podcasts={podcasts} />
      </div>
      {podcast ? (
        <ArchiveByPodcast podcast={podcast} />
      ) : (
        <div className="space-y-8">
          {view.newer && (
            <Link to={`/digests?from=${view.newer}`} className={pageLink}>
              ← Newer digests
            </Link>
          )}
          {view.months.map((month) => (
            <ArchiveMonth key={month} month={month} />
          ))}
          {view.older && (
            <Link to={`/digests?from=${view.older}`} className={pageLink}>
              Older digests →
            </Link>
          )}
          {canGrow && (
            <div ref={sentinel}>
              <button
                type="button"
                onClick={() => setShown((n) => n + 1)}
                className="h-10 rounded-md border border-stone-300 px-4 font-medium hover:border-teal-600 dark:border-stone-700"
              >
                Show older digests
              </button>
            </div>
          )}
        </div>
      )}
    </>
  )
}
