import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { PageHeading } from '../../components/page-heading'
import { Skeleton } from '../../components/skeleton'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { siteIndexQuery } from '../../data/queries'
import { countOf } from '../../lib/format-count'
import { useDocumentTitle } from '../../lib/use-document-title'

/** Route module for `/podcasts`: every podcast in the archive. */
export function Component() {
  useDocumentTitle('Podcasts')
  const index = useQuery(siteIndexQuery())
  const failed = useKeptError(index)
  // Prerendered, the page takes the index copy it was made from first.
  const data = usePrerenderedCopy(index.data, 'prerendered-index')
  if (!data) {
    if (failed) return <ErrorPanel {...failed} />
    return <Skeleton lines={8} label="Loading the podcasts" />
  }
  const { podcasts } = data
  return (
    <>
      <PageHeading lead={`${countOf(podcasts.length, 'podcast')} in the archive`}>
        Podcasts
      </PageHeading>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {podcasts.map((podcast) => (
          <li key={podcast.slug}>
            <Link
              to={`/podcasts/${podcast.slug}`}
              className="flex min-h-14 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-3 hover:border-teal-600 hover:text-teal-800 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-teal-400 dark:hover:text-teal-300"
            >
              <span className="min-w-0 font-semibold break-words">{podcast.name}</span>
              <span className="shrink-0 text-sm text-stone-600 dark:text-stone-400">
                {countOf(podcast.episodeCount, 'episode')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
