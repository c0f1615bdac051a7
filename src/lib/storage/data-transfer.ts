import * as v from 'valibot'
import { BOOKMARKS_VERSION, type Bookmark } from './bookmark-schema'
import { parseBookmarkFile } from './bookmark-transfer'
import { decodeReadingState, migrateReadingState } from './reading-state-migrations'
import {
  READING_STATE_VERSION,
  type ReadingEntry,
  readingEntrySchema,
} from './reading-state-schema'

/**
 * "Your data": one export file with the bookmarks and the reading state.
 *
 * The file is still a bookmarks export (`version`, `bookmarks`, `app`,
 * `exportedAt`, read by the bookmarks' own migrations) with the stored
 * reading-state record beside it under `readingState`, carrying its own
 * version. So every bookmarks-only file ever exported still imports, and a
 * release that knew only bookmarks would import the bookmarks of a new file
 * and leave the rest.
 */

export interface YourData {
  bookmarks: readonly Bookmark[]
  reading: readonly ReadingEntry[]
}

export function dataToFile(data: YourData, now: Date): string {
  const file = {
    version: BOOKMARKS_VERSION,
    app: 'Digest Reader',
    exportedAt: now.toISOString(),
    bookmarks: data.bookmarks,
    readingState: { version: READING_STATE_VERSION, episodes: data.reading },
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

export function dataExportFileName(now: Date): string {
  return `digest-reader-data-${now.toISOString().slice(0, 10)}.json`
}

export interface ReadingImport {
  entries: ReadingEntry[]
  /** Entries left out because they could not be read. */
  invalid: number
  /** Why none of the reading state could be used, when that is so. */
  problem: string | null
}

export type ParsedDataImport =
  | {
      ok: true
      bookmarks: Bookmark[]
      invalid: number
      /** Null for a bookmarks-only file (exported before reading state existed). */
      reading: ReadingImport | null
    }
  | { ok: false; message: string }

const readingEnvelopeSchema = v.object({
  version: v.literal(READING_STATE_VERSION),
  episodes: v.array(v.unknown()),
})

/** Read an import file: a "your data" export or a bookmarks-only one from before. */
export function parseDataFile(text: string): ParsedDataImport {
  const bookmarks = parseBookmarkFile(text)
  if (!bookmarks.ok) return bookmarks
  // parseBookmarkFile has already proved it is JSON.
  const json: unknown = JSON.parse(text)
  const reading =
    typeof json === 'object' && json !== null && 'readingState' in json
      ? parseReadingState(json.readingState)
      : null
  return { ok: true, bookmarks: bookmarks.bookmarks, invalid: bookmarks.invalid, reading }
}

/** Like the bookmarks: the whole record if it is valid, else every entry that is. */
function parseReadingState(json: unknown): ReadingImport {
  const whole = decodeReadingState(json)
  if (whole.ok) return { entries: whole.value.episodes, invalid: 0, problem: null }
  const envelope = v.safeParse(readingEnvelopeSchema, migrateReadingState(json))
  if (!envelope.success) return { entries: [], invalid: 0, problem: whole.reason }
  const entries: ReadingEntry[] = []
  let invalid = 0
  for (const entry of envelope.output.episodes) {
    const parsed = v.safeParse(readingEntrySchema, entry)
    if (parsed.success) entries.push(parsed.output)
    else invalid += 1
  }
  return { entries, invalid, problem: null }
}
