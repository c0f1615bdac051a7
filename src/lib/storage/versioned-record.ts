import { type Schema, validate } from '../../schema/validate'
import type { DecodeResult } from './record-store'

/**
 * The migration path every record kind shares (bookmarks, reading state,
 * reading settings): detect the version of parsed JSON, apply the steps
 * N -> N+1 up to the current version, then validate with the kind's schema.
 * Steps are never edited once released, so a stored value or an export file
 * from any release still opens.
 */

/** One step: version N in, version N+1 out (or the input unchanged when it is not really version N). */
export type MigrationStep = (json: unknown) => unknown

export interface Migrations {
  current: number
  steps: Readonly<Record<number, MigrationStep>>
  /** The version a parsed value says it is, or null when it says nothing usable. */
  detectVersion: (json: unknown) => number | null
}

/** The integer `version` member of an object, if it has one. */
export function versionField(json: unknown): number | null {
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'version' in json) {
    const { version } = json
    return typeof version === 'number' && Number.isInteger(version) ? version : null
  }
  return null
}

export function migrate(json: unknown, migrations: Migrations): unknown {
  let version = migrations.detectVersion(json)
  let current = json
  while (version !== null && version < migrations.current) {
    const step = migrations.steps[version]
    if (!step) break
    current = step(current)
    version += 1
  }
  return current
}

export function newerVersionReason(version: number): string {
  return `written by a newer version of Digest Reader (v${version})`
}

/** Migrate, then validate: the one way any stored or imported JSON of a kind enters the app. */
export function decodeVersioned<T>(
  json: unknown,
  migrations: Migrations,
  schema: Schema<T>,
): DecodeResult<T> {
  const version = migrations.detectVersion(json)
  // Refused, never truncated: a newer file may hold what this version cannot represent.
  if (version !== null && version > migrations.current) {
    return { ok: false, reason: newerVersionReason(version) }
  }
  const result = validate(schema, migrate(json, migrations))
  return result.ok ? { ok: true, value: result.value } : { ok: false, reason: result.problem }
}
