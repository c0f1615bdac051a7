import { Link, useLocation } from 'react-router'

interface MissingSectionNoticeProps {
  anchor: string
  /** Where the episode's sections are listed: the contents, or with "Key points only" their titles; none without sections. */
  listId: string | null
}

/**
 * A deep link whose section is not in this episode (renamed in a re-ingest,
 * mistyped): say so at the top, and offer the list of sections and the page as is.
 */
export function MissingSectionNotice({ anchor, listId }: MissingSectionNoticeProps) {
  const location = useLocation()
  return (
    <div
      role="status"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium break-words">
        The section “{anchor}” was not found in this episode.
      </p>
      <p className="mt-1 text-sm">
        It may have been renamed when the digest was updated.{' '}
        {listId === null ? (
          'You can '
        ) : (
          <>
            Pick a section from the{' '}
            <Link to={`#${listId}`} className="font-medium underline underline-offset-2">
              contents
            </Link>{' '}
            instead, or{' '}
          </>
        )}
        <Link
          to={{ pathname: location.pathname, search: location.search }}
          replace
          // The notice goes, and this focused link with it: focus goes on to
          // the page (as on arrival, page-arrival.tsx), not to <body>.
          onClick={() => document.getElementById('main')?.focus({ preventScroll: true })}
          className="font-medium underline underline-offset-2"
        >
          dismiss this notice
        </Link>
        .
      </p>
    </div>
  )
}
