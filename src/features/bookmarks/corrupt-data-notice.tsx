import { formatCount } from '../../lib/format-count'
import type { CorruptCopy } from '../../lib/storage/record-store'
import { secondaryButton } from './button-styles'
import { downloadFile } from './download-file'
import { formatInstant } from './format-saved-at'

interface CorruptDataNoticeProps {
  copies: readonly CorruptCopy[]
  onDiscard: (copy: CorruptCopy) => void
  /** Which record: the heading, the explanation and the download's file name say so. */
  kind?: CorruptKind
}

export type CorruptKind = 'bookmarks' | 'reading-progress' | 'reading-settings'

const WORDING: Record<CorruptKind, { heading: string; fresh: string }> = {
  bookmarks: {
    heading: 'Some saved bookmarks could not be read',
    fresh: 'a fresh bookmarks list was started',
  },
  'reading-progress': {
    heading: 'Some saved reading progress could not be read',
    fresh: 'reading progress starts afresh',
  },
  'reading-settings': {
    heading: 'Saved reading settings could not be read',
    fresh: 'the default settings apply',
  },
}

/**
 * Saved bookmarks that could not be read were set aside, never deleted: say
 * so, and let the reader download them (to repair, or to import into a newer
 * version) before discarding them.
 */
export function CorruptDataNotice({
  copies,
  onDiscard,
  kind = 'bookmarks',
}: CorruptDataNoticeProps) {
  if (copies.length === 0) return null
  const wording = WORDING[kind]
  return (
    <div
      role="alert"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 className="font-semibold">{wording.heading}</h2>
      <p className="mt-1 text-sm leading-relaxed">
        The data was damaged, or written by another version of Digest Reader. It was kept aside, not
        deleted, and {wording.fresh}. Download it to keep it; discard it when you no longer need it.
      </p>
      <ul className="mt-3 space-y-2">
        {copies.map((copy) => {
          const when = copy.movedAt > 0 ? new Date(copy.movedAt) : null
          const label = when ? `set aside ${formatInstant(when)}` : 'set aside earlier'
          const stamp = when ? when.toISOString().replace(/[:.]/g, '-') : 'earlier'
          return (
            <li key={copy.key ?? `memory-${copy.movedAt}`}>
              <p className="text-sm">
                Unreadable data, {label} ({formatCount(copy.raw.length)} characters)
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() =>
                    downloadFile(
                      `digest-reader-${kind}-unreadable-${stamp}.txt`,
                      copy.raw,
                      'text/plain',
                    )
                  }
                >
                  Download unreadable data
                </button>
                <button
                  type="button"
                  data-discard-copy
                  className={secondaryButton}
                  onClick={() => onDiscard(copy)}
                >
                  Discard it
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
