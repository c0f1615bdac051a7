import * as v from 'valibot'
import {
  READING_STATE_VERSION,
  type ReadingStateRecord,
  readingStateRecordSchema,
} from './reading-state-schema'
import type { DecodeResult } from './record-store'
import {
  decodeVersioned,
  type MigrationStep,
  type Migrations,
  migrate,
  versionField,
} from './versioned-record'

/**
 * Every stored or exported reading state ever written, brought up to the
 * current version (see versioned-record.ts: steps N -> N+1, never edited).
 *
 * Version 0 is the shape a first prototype would have kept: an object mapping
 * `<date>/<episode>` to the millisecond timestamp it was marked read, with no
 * version, titles or positions. Like the bookmarks' v0 it was never shipped;
 * it exists so the migration path is real and tested before a v2 is needed.
 */
const readingV0Schema = v.record(v.string(), v.number())
const V0_KEY = /^(\d{4}-\d{2}-\d{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/

const steps: Record<number, MigrationStep> = {
  0: (json) => {
    const parsed = v.safeParse(readingV0Schema, json)
    // Not a v0 value after all: hand it on unchanged, validation will say why.
    if (!parsed.success) return json
    const stamps = Object.values(parsed.output).map((ms) => new Date(ms))
    // An impossible timestamp would throw in toISOString: leave it to validation.
    if (stamps.some((stamp) => Number.isNaN(stamp.getTime()))) return json
    return {
      version: 1,
      episodes: Object.entries(parsed.output).map(([key, readAt]) => {
        const [, date = key, episodeSlug = key] = V0_KEY.exec(key) ?? []
        const at = new Date(readAt).toISOString()
        return {
          date,
          episodeSlug,
          // Unknown in v0: nothing shows them until the episode is opened again.
          episodeTitle: '',
          podcast: '',
          readAt: at,
          lastSection: null,
          updatedAt: at,
        }
      }),
    }
  },
}

/** v0 is a plain object without `version`; later versions carry it. */
export function detectReadingVersion(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null
  return 'version' in json ? versionField(json) : 0
}

const migrations: Migrations = {
  current: READING_STATE_VERSION,
  steps,
  detectVersion: detectReadingVersion,
}

export function migrateReadingState(json: unknown): unknown {
  return migrate(json, migrations)
}

export function decodeReadingState(json: unknown): DecodeResult<ReadingStateRecord> {
  return decodeVersioned(json, migrations, readingStateRecordSchema)
}
