import { useQuery } from '@tanstack/react-query'
import { siteIndexQuery } from '../data/queries'
import type { SiteIndex } from '../schema/site-index'
import { LabelledSelect } from './labelled-select'
import { PODCAST_PARAM, usePodcastFilter } from './url-filters'

interface PodcastFilterProps {
  podcasts: ReadonlyArray<{ slug: string; name: string }>
}

/** "Filter by podcast": a labelled select that writes `?podcast=` (see use-podcast-filter). */
export function PodcastFilter({ podcasts }: PodcastFilterProps) {
  const [selected, select] = usePodcastFilter()
  // A shared link may name a podcast this view does not list (none of its
  // episodes is in this digest): keep it selected, by the name the site index
  // gives it. A slug the index does not know is no podcast: never shown as one.
  const known = selected === null || podcasts.some((p) => p.slug === selected)
  const index = useQuery(siteIndexQuery()).data
  return (
    <LabelledSelect
      label="Filter by podcast"
      name={PODCAST_PARAM}
      value={selected ?? ''}
      onChange={(value) => select(value || null)}
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
    </LabelledSelect>
  )
}

/** A podcast's name by its slug, from the site index (which knows every podcast), if known. */
export function podcastName(index: SiteIndex | undefined, slug: string | null): string | undefined {
  return index?.podcasts.find((podcast) => podcast.slug === slug)?.name
}
