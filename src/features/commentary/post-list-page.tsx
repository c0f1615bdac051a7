import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { useLocation } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { PageHeading } from '../../components/page-heading'
import { ShowMoreButton } from '../../components/show-more'
import { Skeleton } from '../../components/skeleton'
import { usePrerenderedCopy } from '../../data/prerendered-copies'
import { postListQuery } from '../../data/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useKeptCount, useKeptScroll } from '../../lib/use-kept-place'
import { PostCard } from './post-card'
import { POSTS_PER_PAGE } from './posts-per-page'

/** Route module for `/commentary`: the opinion posts that sit beside the digests. */
export function Component() {
  useDocumentTitle('Commentary')
  const list = useQuery(postListQuery())
  const failed = useKeptError(list)
  // Prerendered, the page takes the copy of the list it was made from first.
  const data = usePrerenderedCopy(list.data, 'prerendered-posts')
  // How many are shown, and where the reader was, come back with Back.
  const { key } = useLocation()
  const { count: shown, grow, restored } = useKeptCount('postRows', POSTS_PER_PAGE)
  useKeptScroll(key, restored && data !== undefined)
  const rows = useRef<HTMLUListElement>(null)
  if (!data) {
    if (failed) return <ErrorPanel {...failed} />
    return <Skeleton lines={8} label="Loading the commentary" />
  }
  const { posts } = data
  const rest = posts.length - shown
  return (
    <>
      <PageHeading lead="Opinion pieces on the stories the podcasts cover.">Commentary</PageHeading>
      {posts.length === 0 && <p className="text-stone-600 dark:text-stone-300">No posts yet.</p>}
      <div className="max-w-3xl">
        <ul ref={rows} className="space-y-4">
          {posts.slice(0, shown).map((post) => (
            <li key={post.slug}>
              <PostCard post={post} />
            </li>
          ))}
        </ul>
        {rest > 0 && (
          <ShowMoreButton
            action="Show more posts"
            more={rest}
            onMore={() => grow(POSTS_PER_PAGE)}
            list={rows}
            shown={shown}
          />
        )}
      </div>
    </>
  )
}
