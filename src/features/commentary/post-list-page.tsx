import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { PageHeading } from '../../components/page-heading'
import { Skeleton } from '../../components/skeleton'
import { postListQuery } from '../../data/queries'
import { formatDigestDate } from '../../lib/format-date'
import { useDocumentTitle } from '../../lib/use-document-title'

/** Route module for `/commentary`: the opinion posts that sit beside the digests. */
export function Component() {
  useDocumentTitle('Commentary')
  const list = useQuery(postListQuery())
  if (list.isError) return <ErrorPanel error={list.error} onRetry={() => list.refetch()} />
  if (list.isPending) return <Skeleton lines={8} label="Loading the commentary" />
  const { posts } = list.data
  return (
    <>
      <PageHeading lead="Opinion pieces on the stories the podcasts cover.">Commentary</PageHeading>
      {posts.length === 0 && <p className="text-stone-600 dark:text-stone-300">No posts yet.</p>}
      <ul className="space-y-4">
        {posts.map((post) => (
          <li key={post.slug}>
            <article className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
              {post.date && (
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  <time dateTime={post.date}>{formatDigestDate(post.date)}</time>
                </p>
              )}
              <h2 className="font-serif text-xl leading-snug font-bold">
                <Link
                  to={`/commentary/${post.slug}`}
                  className="hover:text-teal-800 hover:underline dark:hover:text-teal-300"
                >
                  {post.title}
                </Link>
              </h2>
              <p className="mt-2 max-w-[70ch] text-stone-700 dark:text-stone-300">{post.excerpt}</p>
              {post.topics.length > 0 && (
                <p className="mt-3 flex flex-wrap gap-1.5">
                  <span className="sr-only">Topics: </span>
                  {post.topics.slice(0, 6).map((topic) => (
                    <span
                      key={topic}
                      className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-200"
                    >
                      {topic}
                    </span>
                  ))}
                </p>
              )}
            </article>
          </li>
        ))}
      </ul>
    </>
  )
}
