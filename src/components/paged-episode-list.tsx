import { useRef } from 'react'
import type { EpisodeRef } from '../schema/site-index'
import { EpisodeRefList } from './episode-ref-list'
import { ErrorPanel } from './error-panel'
import { useKeptFailure } from './kept-failure'
import { KeptPlaceFailure } from './kept-place-failure'
import { RETURNING_STATUS } from './returning-status'
import { focusFirstAdded, ShowMoreButton } from './show-more'

interface PagedEpisodeListProps {
  /** Newest first: the rows that are in, fewer than `shown` while older ones are fetched. */
  episodes: readonly EpisodeRef[]
  /** How many rows the whole list has. */
  total: number
  /** How many rows the reader has opened. */
  shown: number
  /** Opens the next page of rows. */
  onMore: () => void
  /** The rows asked for are on their way. */
  loading: boolean
  failed: { error: Error; retry: () => void } | null
  /**
   * The reader came back (Back, a reload) to a place among rows still to
   * come: the status says so, held at the bottom of the screen, wherever in
   * the list they are meanwhile.
   */
  returning?: boolean
  showPodcast?: boolean
}

/**
 * A podcast's episodes across the whole archive, newest first: hundreds at
 * ten years of digests, so only a page of rows is rendered at first and
 * "Show older episodes" adds the next page below the last one read. The rows
 * of a long podcast come in parts (src/data/podcast-episodes.ts): what is
 * not in yet is said under the rows that are.
 */
export function PagedEpisodeList({
  episodes,
  total,
  shown,
  onMore,
  loading,
  failed,
  returning = false,
  showPodcast = false,
}: PagedEpisodeListProps) {
  const list = useRef<HTMLUListElement>(null)
  const rows = episodes.slice(0, shown)
  const waiting = rows.length < Math.min(shown, total)
  const rest = total - shown
  // None in yet: a year whose episodes are all in an older part. "Older"
  // than nothing, and "Show older episodes (76 more)" under an empty list,
  // read as if the list had failed to show what it had.
  const none = rows.length === 0
  // The panel goes with focus on its button when the rows come: focus goes on
  // to the first of them, where the reader was reading, not to the top of
  // the page (the panel's own choice, for a whole page).
  const failure = useKeptFailure(failed, waiting, () => focusFirstAdded(list.current, rows.length))
  const back = returning && waiting && loading && !failure
  return (
    <>
      <EpisodeRefList ref={list} episodes={rows} showPodcast={showPodcast} showDate showOneLine />
      {waiting && failure && (
        // Pinned where the reader is while their place waits on these rows.
        <KeptPlaceFailure pinned={returning}>
          <ErrorPanel
            error={failure.error}
            onRetry={failure.retry}
            retrying={failure.retrying}
            title={
              none ? 'The episodes could not be loaded' : 'The older episodes could not be loaded'
            }
            headingLevel={2}
          />
        </KeptPlaceFailure>
      )}
      {/* Always in the page, so that "Loading…" is announced when it appears. */}
      <p
        role="status"
        className={`mt-4 text-stone-600 empty:hidden dark:text-stone-300 ${back ? RETURNING_STATUS : ''}`}
      >
        {back
          ? 'Loading older episodes to take you back to your place…'
          : waiting && loading && !failure
            ? none
              ? 'Loading the episodes…'
              : 'Loading older episodes…'
            : ''}
      </p>
      {rest > 0 && !none && (
        <ShowMoreButton
          action="Show older episodes"
          more={rest}
          onMore={onMore}
          list={list}
          shown={shown}
          busy={waiting}
        />
      )}
    </>
  )
}
