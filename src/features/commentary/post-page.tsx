import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import * as v from 'valibot'
import { AnnouncerProvider } from '../../components/announcer'
import { ErrorPanel } from '../../components/error-panel'
import { useKeptError } from '../../components/kept-failure'
import { NotFound } from '../../components/not-found'
import { Skeleton } from '../../components/skeleton'
import { postQuery } from '../../data/queries'
import { isNotFound } from '../../lib/data-error'
import { formatDigestDate } from '../../lib/format-date'
import { ownSlug } from '../../lib/own-address'
import type { OutlineEntry } from '../../lib/section-outline'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useHashTarget } from '../../lib/use-hash-target'
import { useOwnAddress } from '../../lib/use-own-address'
import { usePageMeta } from '../../lib/use-page-meta'
import { slug as slugSchema } from '../../schema/digest'
import type { Block } from '../../schema/post'
import { PostBlocks } from './post-blocks'
import { RelatedEpisodes } from './related-episodes'

const NOT_FOUND_TITLE = 'Post not found'

/** Headings have nothing to open: the episode page's arrival at `#id` only scrolls to them. */
const openNothing = () => {}

/** The post's anchored headings, as the episode page's arrival at `#id` reads its sections. */
function headingOutline(blocks: readonly Block[] | undefined): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  for (const block of blocks ?? []) {
    for (const part of block.type === 'quote' ? block.blocks : [block]) {
      if (part.type !== 'heading' || !part.id) continue
      const level = block.type === 'quote' ? 3 : 2
      entries.push({
        id: part.id,
        number: '',
        title: part.text,
        emoji: null,
        level,
        parentId: null,
      })
    }
  }
  return entries
}

/** Route module for `/commentary/:slug`: one post in a reading view. */
export function Component() {
  const { slug = '' } = useParams()
  // A malformed slug cannot name a published file: answer "not found" without a request.
  const valid = v.is(slugSchema, slug)
  const post = useQuery({ ...postQuery(slug), enabled: valid })
  const failed = useKeptError(post)
  // Decided before the title, which would win over NotFound's (use-document-title.ts).
  // Slugs are lower case; a retyped or shouted address, or the built file's
  // name (own-address.ts), means the same post.
  const written = !valid && v.is(slugSchema, ownSlug(slug))
  const notFound = !written && (!valid || isNotFound(post.error))
  useDocumentTitle(notFound ? NOT_FOUND_TITLE : (post.data?.title ?? 'Commentary'))
  const opening = post.data?.blocks.find((block) => block.type === 'paragraph')
  usePageMeta(
    post.data && opening?.type === 'paragraph'
      ? { title: post.data.title, description: opening.text, type: 'article' }
      : null,
  )

  useOwnAddress(written ? `/commentary/${ownSlug(slug)}` : null)
  const outline = useMemo(() => headingOutline(post.data?.blocks), [post.data])
  useHashTarget(outline, openNothing)
  if (notFound) {
    return (
      <NotFound
        title={NOT_FOUND_TITLE}
        message="There is no commentary post at this address. It may have been renamed, or the link may be mistyped."
        backTo="/commentary"
        backLabel="See all commentary"
      />
    )
  }
  if (failed) return <ErrorPanel {...failed} />
  if (written || !post.data) return <Skeleton lines={12} label="Loading the post" />
  const { title, date, blocks, relatedEpisodes } = post.data
  return (
    // One reading column for the title, the prose and the related episodes,
    // so their left and right edges line up (about 70 characters of prose).
    <AnnouncerProvider>
      <article aria-labelledby="post-title" className="max-w-[38rem]">
        <header className="mb-8 border-b border-stone-200 pb-6 dark:border-stone-800">
          <p className="text-sm font-medium text-stone-600 dark:text-stone-400">
            <Link
              to="/commentary"
              className="inline-flex min-h-10 items-center rounded-sm text-teal-700 hover:underline dark:text-teal-300"
            >
              Commentary
            </Link>
            {date && (
              <>
                {' · '}
                <time dateTime={date}>{formatDigestDate(date)}</time>
              </>
            )}
          </p>
          <h1
            id="post-title"
            className="mt-1 font-serif text-3xl leading-tight font-bold text-balance break-words text-stone-950 sm:text-4xl dark:text-stone-50"
          >
            {title}
          </h1>
        </header>
        <PostBlocks blocks={blocks} slug={post.data.slug} />
        <RelatedEpisodes episodes={relatedEpisodes} />
      </article>
    </AnnouncerProvider>
  )
}
