import * as v from 'valibot'
import { decodeBookmarkRecord, detectVersion, migrateBookmarks } from './bookmark-migrations'
import { BOOKMARKS_VERSION, type Bookmark, bookmarkSchema } from './bookmark-schema'

/**
 * Export and import files: the stored record plus a little metadata, so one
 * format (and one migration path) serves storage and files alike.
 */
export function bookmarksToFile(bookmarks: readonly Bookmark[], now: Date): string {
  const file = {
    version: BOOKMARKS_VERSION,
    app: 'Digest Reader',
    exportedAt: now.toISOString(),
    bookmarks,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

export function exportFileName(now: Date): string {
  return `digest-reader-bookmarks-${now.toISOString().slice(0, 10)}.json`
}

export type ParsedImport =
  | { ok: true; bookmarks: Bookmark[]; invalid: number }
  | { ok: false; message: string }

const envelopeSchema = v.object({
  version: v.literal(BOOKMARKS_VERSION),
  bookmarks: v.array(v.unknown()),
})

/**
 * Read an import file. The envelope must be a bookmarks file (of any version);
 * entries are checked one by one, so one damaged entry does not cost the rest.
 */
export function parseBookmarkFile(text: string): ParsedImport {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This file is not valid JSON.' }
  }
  const version = detectVersion(json)
  if (version !== null && version > BOOKMARKS_VERSION) {
    return {
      ok: false,
      message: 'This file was written by a newer version of Digest Reader and cannot be read here.',
    }
  }
  const whole = decodeBookmarkRecord(json)
  if (whole.ok) return { ok: true, bookmarks: whole.value.bookmarks, invalid: 0 }
  const envelope = v.safeParse(envelopeSchema, migrateBookmarks(json))
  if (!envelope.success) {
    return { ok: false, message: 'This file is not a Digest Reader export.' }
  }
  const bookmarks: Bookmark[] = []
  let invalid = 0
  for (const entry of envelope.output.bookmarks) {
    const parsed = v.safeParse(bookmarkSchema, entry)
    if (parsed.success) bookmarks.push(parsed.output)
    else invalid += 1
  }
  return { ok: true, bookmarks, invalid }
}
