import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { PageHeading } from '../../components/page-heading'
import { Skeleton } from '../../components/skeleton'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { postListQuery } from '../../data/queries'
import { formatDigestDate } from '../../lib/format-date'
import { useDocumentTitle } from '../../lib/use-document-title'

/** Topics beyond this many are counted, not listed: a card stays a few lines tall. */
const TOPICS_SHOWN = 6

/** Route module for `/commentary`: the opinion posts that sit beside the digests. */
export function Component() {
  useDocumentTitle('Commentary')
  const list = useQuery(postListQuery())
  // Prerendered, the page takes the copy of the list it was made from first.
  const data = usePrerenderedCopy(list.data, 'prerendered-posts')
  if (!data) {
    if (list.isError) return <ErrorPanel error={list.error} onRetry={() => list.refetch()} />
    return <Skeleton lines={8} label="Loading the commentary" />
  }
  const { posts } = data
  return (
    <>
      <PageHeading lead="Opinion pieces on the stories the podcasts cover.">Commentary</PageHeading>
      {posts.length === 0 && <p className="text-stone-600 dark:text-stone-300">No posts yet.</p>}
      <ul className="max-w-3xl space-y-4">
        {posts.map((post) => {
          const more = post.topics.length - TOPICS_SHOWN
          return (
            <li key={post.slug}>
              <article className="relative rounded-xl border border-stone-200 bg-white p-4 focus-within:border-teal-600 hover:border-teal-600 sm:p-5 dark:border-stone-800 dark:bg-stone-900 dark:focus-within:border-teal-400 dark:hover:border-teal-400">
                {post.date && (
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    <time dateTime={post.date}>{formatDigestDate(post.date)}</time>
                  </p>
                )}
                <h2 className="font-serif text-xl leading-snug font-bold break-words">
                  {/* The link covers the card (a large touch target); its name stays the title. */}
                  <Link
                    to={`/commentary/${post.slug}`}
                    className="after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-teal-800 dark:hover:text-teal-300"
                  >
                    {post.title}
                  </Link>
                </h2>
                <p className="mt-2 max-w-[70ch] break-words text-stone-700 dark:text-stone-300">
                  {post.excerpt}
                </p>
                {post.topics.length > 0 && (
                  <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-1.5">
                    {post.topics.slice(0, TOPICS_SHOWN).map((topic) => (
                      <li
                        key={topic}
                        className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200"
                      >
                        {topic}
                      </li>
                    ))}
                    {more > 0 && (
                      <li className="px-1 py-0.5 text-xs text-stone-600 dark:text-stone-400">
                        and {more} more
                      </li>
                    )}
                  </ul>
                )}
              </article>
            </li>
          )
        })}
      </ul>
    </>
  )
}
