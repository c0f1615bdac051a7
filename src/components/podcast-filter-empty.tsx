import { useQuery } from '@tanstack/react-query'
import { siteIndexQuery } from '../data/queries'
import { podcastName } from './podcast-filter'
import { usePodcastFilter } from './url-filters'

interface PodcastFilterEmptyProps {
  /** The podcast chosen in "Filter by podcast" (`?podcast=`), or null. */
  podcast: string | null
  /** Its episodes are here, but "Unread only" hides every one. */
  allRead: boolean
}

/**
 * What a digest's list says when the filters leave nothing in it. A podcast
 * chosen that has no episode in this digest is named (the site index knows
 * every podcast), with a button back to all of them; a slug the index does
 * not know is said to be no podcast, not dressed up as one. Loaded apart
 * from the overview's first bundle (digest-day.tsx): only a filtered page
 * ever shows it.
 */
export function PodcastFilterEmpty({ podcast, allRead }: PodcastFilterEmptyProps) {
  const index = useQuery(siteIndexQuery()).data
  const [, select] = usePodcastFilter()
  const name = podcastName(index, podcast)
  const message = allRead
    ? 'You have read every episode here. Clear “Unread only” to see them again.'
    : name
      ? `No episode from ${name} in this digest.`
      : index && podcast
        ? `No podcast called “${podcast}” is in the digests.`
        : 'No episode from this podcast in this digest.'
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600 dark:border-stone-700 dark:text-stone-300">
      <p>{message}</p>
      {!allRead && podcast && (
        <button
          type="button"
          onClick={(event) => {
            // This message goes, and the focused button with it: focus goes
            // to the filter it resets (beside the list), not to <body>.
            event.currentTarget.closest('section')?.querySelector('select')?.focus()
            select(null)
          }}
          className="mt-3 inline-flex h-10 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-900 hover:border-teal-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400"
        >
          Show all podcasts
        </button>
      )}
    </div>
  )
}
