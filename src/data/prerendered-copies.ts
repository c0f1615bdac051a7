import { type QueryClient, queryOptions, useQueryClient } from '@tanstack/react-query'
import { useHydrated } from '../lib/use-hydrated'
import type { MonthFile, PodcastFile, PostList, SiteIndex } from '../schema/site-index'

// A prerendered list page (scripts/prerender: the archive, the podcasts, the
// commentary, a podcast's episodes) embeds the files it starts from as they
// were when the page was made: the site index and the archive's newest
// month, the list of posts, or the podcast's file.
// They change with every new digest or post, so the copies are never taken
// for the files: the page hydrates from the copies, exactly as it was
// rendered, then shows the files once fetched (the boot script asks for the
// index alongside the app), so a digest or post published since the page
// was made shows as soon as they are in (docs/decisions/0010).

const prerenderedIndexQuery = () =>
  queryOptions<SiteIndex>({ queryKey: ['prerendered-index'], enabled: false })

const prerenderedMonthQuery = (month: string) =>
  queryOptions<MonthFile>({ queryKey: ['prerendered-month', month], enabled: false })

const prerenderedPodcastQuery = (slug: string) =>
  queryOptions<PodcastFile>({ queryKey: ['prerendered-podcast', slug], enabled: false })

const prerenderedPostsQuery = () =>
  queryOptions<PostList>({ queryKey: ['prerendered-posts'], enabled: false })

/** The site index the page was prerendered from, if it was. */
export function prerenderedIndex(client: QueryClient): SiteIndex | undefined {
  return client.getQueryData(prerenderedIndexQuery().queryKey)
}

/** A month file the page was prerendered from, if it was. */
export function prerenderedMonth(client: QueryClient, month: string): MonthFile | undefined {
  return client.getQueryData(prerenderedMonthQuery(month).queryKey)
}

/** A podcast's file the page was prerendered from, if it was. */
export function prerenderedPodcast(client: QueryClient, slug: string): PodcastFile | undefined {
  return client.getQueryData(prerenderedPodcastQuery(slug).queryKey)
}

/** The list of posts the page was prerendered from, if it was. */
export function prerenderedPosts(client: QueryClient): PostList | undefined {
  return client.getQueryData(prerenderedPostsQuery().queryKey)
}

/**
 * What to show of a file: while React takes the prerendered page over, the
 * copy it was made from (the file may already be in, and may say otherwise:
 * the first render must match the HTML); then the file once it is in, the
 * copy until then. Elsewhere there is no copy, and this is the file's data.
 */
export function usePrerenderedCopy<T>(
  live: T | undefined,
  copyOf: (client: QueryClient) => T | undefined,
): T | undefined {
  const hydrated = useHydrated()
  const copy = copyOf(useQueryClient())
  return hydrated ? (live ?? copy) : (copy ?? live)
}
