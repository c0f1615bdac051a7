import * as v from 'valibot'
import { BOOKMARKS_VERSION, type BookmarkRecord, bookmarkRecordSchema } from './bookmark-schema'
import type { DecodeResult } from './record-store'
import {
  decodeVersioned,
  type MigrationStep,
  type Migrations,
  migrate,
  versionField,
} from './versioned-record'

/**
 * Every stored or exported bookmarks file ever written, brought up to the
 * current version. Each step turns version N into N+1; add one per change
 * and never edit an old one, so a file from any release still opens.
 *
 * Version 0 predates the versioned record: a bare array written by the first
 * prototype, with short field names and a numeric timestamp, and without the
 * titles of the digest, episode and podcast. Nothing in production wrote it;
 * it exists so the migration path is real and tested before it is needed.
 */
const bookmarkV0EntrySchema = v.object({
  date: v.string(),
  episode: v.string(),
  section: v.string(),
  title: v.string(),
  savedAt: v.number(),
})

type BookmarkV0Entry = v.InferOutput<typeof bookmarkV0EntrySchema>

function isV0Entry(entry: unknown): entry is BookmarkV0Entry {
  return v.is(bookmarkV0EntrySchema, entry)
}

/**
 * One v0 entry in v1's shape, or the entry unchanged when it cannot be: a
 * timestamp past the range of Date (which would throw in toISOString) or a
 * damaged entry is left for validation to reject on its own, so an import
 * keeps the other bookmarks of the file, as it does for a v1 file.
 */
function migrateV0Entry(entry: unknown): unknown {
  if (!isV0Entry(entry)) return entry
  const savedAt = new Date(entry.savedAt)
  if (Number.isNaN(savedAt.getTime())) return entry
  return {
    date: entry.date,
    episodeSlug: entry.episode,
    sectionId: entry.section,
    // Unknown in v0: the bookmarks page shows the published titles when the
    // section still exists, and the slug otherwise.
    digestTitle: '',
    episodeTitle: '',
    podcast: '',
    sectionTitle: entry.title,
    sectionNumber: '',
    savedAt: savedAt.toISOString(),
  }
}

const steps: Record<number, MigrationStep> = {
  0: (json) => {
    // Not a v0 file after all (an array of something else): hand it on
    // unchanged, validation will say why.
    if (!Array.isArray(json) || (json.length > 0 && !json.some(isV0Entry))) return json
    return { version: 1, bookmarks: json.map(migrateV0Entry) }
  },
}

const migrations: Migrations = {
  current: BOOKMARKS_VERSION,
  steps,
  detectVersion,
}

/** The version a parsed file says it is: v0 is the bare array, later ones carry `version`. */
export function detectVersion(json: unknown): number | null {
  if (Array.isArray(json)) return 0
  return versionField(json)
}

export function migrateBookmarks(json: unknown): unknown {
  return migrate(json, migrations)
}

/** Migrate, then validate: the one way any bookmarks JSON enters the app. */
export function decodeBookmarkRecord(json: unknown): DecodeResult<BookmarkRecord> {
  return decodeVersioned(json, migrations, bookmarkRecordSchema)
}
