import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import { PageHeading } from '../../components/page-heading'
import { PodcastFilter } from '../../components/podcast-filter'
import { Skeleton } from '../../components/skeleton'
import { usePodcastFilter } from '../../components/use-podcast-filter'
import { siteIndexQuery } from '../../data/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ArchiveByPodcast } from './archive-by-podcast'
import { ArchiveMonth } from './archive-month'

const FIRST_MONTHS = 2

/**
 * Route module for `/digests`: every digest, newest first. Months are fetched
 * and rendered on demand (a button, and automatically when its sentinel
 * scrolls into view), so a ten-year archive costs what two months cost.
 */
export function Component() {
  useDocumentTitle('Archive')
  const index = useQuery(siteIndexQuery())
  const [podcast] = usePodcastFilter()
  const [shown, setShown] = useState(FIRST_MONTHS)
  const sentinel = useRef<HTMLDivElement>(null)
  const total = index.data?.months.length ?? 0

  useEffect(() => {
    const target = sentinel.current
    // Without IntersectionObserver (old browsers, some embedded views) the
    // "Show older digests" button still works; only the auto-loading is lost.
    if (!target || shown >= total || podcast || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setShown((n) => n + 1)
      },
      { rootMargin: '600px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [shown, total, podcast])

  if (index.isError) return <ErrorPanel error={index.error} onRetry={() => index.refetch()} />
  if (index.isPending) return <Skeleton lines={10} label="Loading the archive" />
  const { months, digestCount, podcasts } = index.data
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
          {months.slice(0, shown).map(({ month }) => (
            <ArchiveMonth key={month} month={month} />
          ))}
          {shown < months.length && (
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
