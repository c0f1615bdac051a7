import { type ChangeEvent, useEffect, useRef, useState } from 'react'
import { countOf, formatCount } from '../../lib/format-count'
import { refocusIfDropped } from '../../lib/refocus-if-dropped'
import type { Bookmark } from '../../lib/storage/bookmark-schema'
import type { MergeResult } from '../../lib/storage/bookmark-store'
import {
  dataExportFileName,
  dataToFile,
  parseDataFile,
  type ReadingImport,
} from '../../lib/storage/data-transfer'
import type { ReadingMergeResult } from '../../lib/storage/reading-state-merge'
import type { ReadingEntry } from '../../lib/storage/reading-state-schema'
import { dangerButton, quietButton, secondaryButton } from './button-styles'
import { downloadFile } from './download-file'

interface BookmarkToolbarProps {
  bookmarks: readonly Bookmark[]
  /** The reading state (read marks, places) as shown now: empty while its store is loading. */
  reading: readonly ReadingEntry[]
  /** The reading state as stored, once its store has loaded: what an export writes. */
  loadReading: () => Promise<readonly ReadingEntry[]>
  onImport: (bookmarks: readonly Bookmark[]) => MergeResult
  onImportReading: (entries: readonly ReadingEntry[]) => Promise<ReadingMergeResult>
  onRemoveAll: () => void
  /** Shown and announced in the page's status line. */
  onMessage: (message: string) => void
}

export function importMessage(result: MergeResult, invalid: number): string {
  const parts = [
    `Added ${countOf(result.added, 'bookmark')}`,
    `skipped ${formatCount(result.skipped)} already saved`,
  ]
  if (invalid > 0)
    parts.push(`left out ${countOf(invalid, 'entry', 'entries')} that could not be read`)
  return `${parts.join(', ')}.`
}

/** What happened to the reading state of an imported file (nothing to say for a bookmarks-only file). */
export function readingImportMessage(
  reading: ReadingImport | null,
  result: ReadingMergeResult | null,
): string {
  if (reading === null) return ''
  if (reading.problem !== null) return `Reading progress left out: ${reading.problem}.`
  const changed = result ? result.added + result.updated : 0
  const parts = [`Reading progress: ${countOf(changed, 'episode')} added or updated`]
  if (reading.invalid > 0)
    parts.push(`left out ${countOf(reading.invalid, 'entry', 'entries')} that could not be read`)
  return `${parts.join(', ')}.`
}

/** Export, import and remove all (with a confirm step). */
export function BookmarkToolbar({
  bookmarks,
  reading,
  loadReading,
  onImport,
  onImportReading,
  onRemoveAll,
  onMessage,
}: BookmarkToolbarProps) {
  const [confirming, setConfirming] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const removeAllRef = useRef<HTMLButtonElement>(null)
  const count = bookmarks.length

  // The question opens on its safe answer: Enter pressed twice on "Remove
  // all…" must not remove everything.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus()
  }, [confirming])

  async function exportAll() {
    // Not `reading`: until the lazily loaded store is in it is empty, and a
    // click in that moment wrote a file saying nothing was ever read.
    const stored = await loadReading()
    const now = new Date()
    const name = dataExportFileName(now)
    downloadFile(name, dataToFile({ bookmarks, reading: stored }, now))
    onMessage(
      `Exported ${countOf(count, 'bookmark')} and the reading progress of ${countOf(stored.length, 'episode')} to ${name}.`,
    )
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    // Cleared so choosing the same file again still fires a change.
    input.value = ''
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      onMessage(`Could not read ${file.name}.`)
      return
    }
    const parsed = parseDataFile(text)
    if (!parsed.ok) {
      onMessage(`Nothing imported from ${file.name}: ${parsed.message}`)
      return
    }
    const bookmarksResult = onImport(parsed.bookmarks)
    const readingResult = parsed.reading ? await onImportReading(parsed.reading.entries) : null
    onMessage(
      [
        importMessage(bookmarksResult, parsed.invalid),
        readingImportMessage(parsed.reading, readingResult),
      ]
        .filter(Boolean)
        .join(' '),
    )
  }

  function cancel() {
    setConfirming(false)
    // Back to the button that opened the question, after it re-renders.
    refocusIfDropped(() => removeAllRef.current)
  }

  return (
    <div className="mt-6">
      <div className="flex flex-wrap gap-2">
        {count > 0 || reading.length > 0 ? (
          <button type="button" className={secondaryButton} onClick={exportAll}>
            Export your data
          </button>
        ) : null}
        {/* A label styled as a button: the file input stays native (keyboard, screen readers). */}
        <label
          className={`${secondaryButton} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-600`}
        >
          Import data
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={importFile}
          />
        </label>
        {count > 0 && !confirming ? (
          <button
            ref={removeAllRef}
            type="button"
            className={quietButton}
            onClick={() => setConfirming(true)}
          >
            Remove all…
          </button>
        ) : null}
      </div>
      {confirming ? (
        <fieldset
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel()
          }}
          className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950"
        >
          <legend className="float-left font-medium text-red-950 dark:text-red-100">
            Remove all {countOf(count, 'bookmark')}? You can undo it until you leave this page;
            export them first to keep a copy.
          </legend>
          <div className="clear-both flex flex-wrap gap-2 pt-3">
            <button
              type="button"
              className={dangerButton}
              onClick={() => {
                setConfirming(false)
                onRemoveAll()
              }}
            >
              Yes, remove all
            </button>
            <button ref={cancelRef} type="button" className={secondaryButton} onClick={cancel}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}
    </div>
  )
}
