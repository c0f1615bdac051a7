import { useQueryClient } from '@tanstack/react-query'
import { useHydrated } from '../lib/use-hydrated'
import type { MonthFile, PodcastFile, PostList, SiteIndex } from '../schema/site-index'

// A prerendered list page (scripts/prerender: the archive, the podcasts, the
// commentary, a podcast's episodes) embeds the files it starts from as they
// were when the page was made: the site index and the archive's newest
// month, the list of posts, or the podcast's file. They change with every
// new digest or post, so the copies are never taken for the files: the page
// hydrates from the copies, exactly as it was rendered, then shows the files
// once fetched (the boot script asks for the index alongside the app), so a
// digest or post published since the page was made shows as soon as they
// are in (docs/decisions/0010). The copies sit in the query cache under keys
// of their own (`[kind]`, or `[kind, id]` for one of several files), checked
// against their schemas when the page was read (app/prerendered-queries.ts).

/** Each kind of copy, and the file it is a copy of. */
interface Copies {
  'prerendered-index': SiteIndex
  'prerendered-month': MonthFile
  'prerendered-podcast': PodcastFile
  'prerendered-posts': PostList
}

/**
 * What to show of a file: while React takes the prerendered page over, the
 * copy it was made from (the file may already be in, and may say otherwise:
 * the first render must match the HTML); then the file once it is in, the
 * copy until then. Elsewhere there is no copy, and this is the file's data.
 */
export function usePrerenderedCopy<K extends keyof Copies>(
  live: Copies[K] | undefined,
  kind: K,
  id?: string,
): Copies[K] | undefined {
  const hydrated = useHydrated()
  const copy = useQueryClient().getQueryData<Copies[K]>(id === undefined ? [kind] : [kind, id])
  return hydrated ? (live ?? copy) : (copy ?? live)
}
