import * as z from 'zod/mini'
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
const bookmarkV0Schema = z.array(
  z.object({
    date: z.string(),
    episode: z.string(),
    section: z.string(),
    title: z.string(),
    savedAt: z.number(),
  }),
)

const steps: Record<number, MigrationStep> = {
  0: (json) => {
    const parsed = bookmarkV0Schema.safeParse(json)
    // Not a v0 file after all: hand it on unchanged, validation will say why.
    if (!parsed.success) return json
    return {
      version: 1,
      bookmarks: parsed.data.map((old) => ({
        date: old.date,
        episodeSlug: old.episode,
        sectionId: old.section,
        // Unknown in v0: the bookmarks page shows the published titles when the
        // section still exists, and the slug otherwise.
        digestTitle: '',
        episodeTitle: '',
        podcast: '',
        sectionTitle: old.title,
        sectionNumber: '',
        savedAt: new Date(old.savedAt).toISOString(),
      })),
    }
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
