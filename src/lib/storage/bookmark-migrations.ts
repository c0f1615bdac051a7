import * as z from 'zod/mini'
import { BOOKMARKS_VERSION, type BookmarkRecord, bookmarkRecordSchema } from './bookmark-schema'
import type { DecodeResult } from './record-store'

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

type Step = (json: unknown) => unknown

const steps: Record<number, Step> = {
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

/** The version a parsed file says it is: v0 is the bare array, later ones carry `version`. */
export function detectVersion(json: unknown): number | null {
  if (Array.isArray(json)) return 0
  if (typeof json === 'object' && json !== null && 'version' in json) {
    const { version } = json
    return typeof version === 'number' && Number.isInteger(version) ? version : null
  }
  return null
}

export function migrateBookmarks(json: unknown): unknown {
  let version = detectVersion(json)
  let current = json
  while (version !== null && version < BOOKMARKS_VERSION) {
    const step = steps[version]
    if (!step) break
    current = step(current)
    version += 1
  }
  return current
}

/** Migrate, then validate: the one way any bookmarks JSON enters the app. */
export function decodeBookmarkRecord(json: unknown): DecodeResult<BookmarkRecord> {
  const version = detectVersion(json)
  if (version !== null && version > BOOKMARKS_VERSION) {
    return { ok: false, reason: `written by a newer version of Digest Reader (v${version})` }
  }
  const result = bookmarkRecordSchema.safeParse(migrateBookmarks(json))
  if (result.success) return { ok: true, value: result.data }
  const first = result.error.issues[0]
  const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
  return { ok: false, reason: `${first?.message ?? 'invalid'}${where}` }
}
