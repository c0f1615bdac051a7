import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { siteIndexQuery } from '../data/queries'
import type { SiteIndex } from '../schema/site-index'
import { PODCAST_PARAM, usePodcastFilter } from './url-filters'

interface PodcastFilterProps {
  podcasts: ReadonlyArray<{ slug: string; name: string }>
}

/** "Filter by podcast": a labelled select that writes `?podcast=` (see use-podcast-filter). */
export function PodcastFilter({ podcasts }: PodcastFilterProps) {
  const id = useId()
  const [selected, select] = usePodcastFilter()
  // A shared link may name a podcast this view does not list (none of its
  // episodes is in this digest): keep it selected, by the name the site index
  // gives it. A slug the index does not know is no podcast: never shown as one.
  const known = selected === null || podcasts.some((p) => p.slug === selected)
  const index = useQuery(siteIndexQuery()).data
  // min-w-0 and max-w-full: a select is as wide as its longest option, and a
  // long podcast name must not push the page sideways on a phone.
  return (
    <div className="flex min-w-0 max-w-full flex-wrap items-center gap-2 noscript:hidden">
      <label htmlFor={id} className="text-sm font-medium text-stone-600 dark:text-stone-300">
        Filter by podcast
      </label>
      <select
        id={id}
        name={PODCAST_PARAM}
        value={selected ?? ''}
        onChange={(event) => select(event.target.value || null)}
        className="h-10 min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <option value="">All podcasts</option>
        {!known && selected && (
          <option value={selected}>{podcastName(index, selected) ?? 'Unknown podcast'}</option>
        )}
        {podcasts.map((podcast) => (
          <option key={podcast.slug} value={podcast.slug}>
            {podcast.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A podcast's name by its slug, from the site index (which knows every podcast), if known. */
export function podcastName(index: SiteIndex | undefined, slug: string | null): string | undefined {
  return index?.podcasts.find((podcast) => podcast.slug === slug)?.name
}
