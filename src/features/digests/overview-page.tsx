import { useQuery } from '@tanstack/react-query'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { Skeleton } from '../../components/skeleton'
import { digestQuery, prerenderedLatestQuery, siteIndexQuery } from '../../data/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useHydrated } from '../../lib/use-hydrated'
import { DigestDay } from './digest-day'

/** Route module for `/`: the latest digest. */
export function Component() {
  useDocumentTitle(null)
  const index = useQuery(siteIndexQuery())
  const indexFailed = useKeptError(index)
  // A prerendered overview (scripts/prerender) was made from the latest
  // digest alone, without the index: it hydrates with that day, and the
  // index decides once it is here (the same day, unless the data is newer
  // than the HTML).
  const prerendered = useQuery(prerenderedLatestQuery())
  const hydrated = useHydrated()
  const latest =
    hydrated && index.data ? index.data.latest : (prerendered.data ?? index.data?.latest ?? null)
  const digest = useQuery({ ...digestQuery(latest ?? ''), enabled: latest !== null })
  const digestFailed = useKeptError(digest)
  // No description or Open Graph tags of today's digest here: a preview of
  // the home page should describe the site (index.html's own tags), not a
  // day that is gone tomorrow. Each digest's own page carries its tags.

  if (latest === null) {
    if (indexFailed) return <ErrorPanel {...indexFailed} />
    if (index.isPending) return <Skeleton lines={8} label="Loading the latest digest" />
    return (
      <section className="py-12">
        <h1 className="font-serif text-3xl font-bold">No digests yet</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          Add digest documents to <code>content/</code> and run the ingest to see them here.
        </p>
      </section>
    )
  }
  if (digestFailed) return <ErrorPanel {...digestFailed} />
  if (!digest.data) return <Skeleton lines={8} label="Loading the latest digest" />
  return <DigestDay digest={digest.data} isLatest />
}
