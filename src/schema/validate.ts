import * as v from 'valibot'

// How every published file and every stored record is checked: one valibot
// schema per kind (docs/decisions/0002-schema.md), and one way to say what is
// wrong with a value, so the ingest, the app's fetches and the reader's saved
// data name a bad field alike ("… at episodes.0.title").

/** Any schema whose output is `T`; what the generic checkers take. */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>

export type Validated<T> = { ok: true; value: T } | { ok: false; problem: string }

/** Checks `value`; on failure, the first problem in words, with the path to it. */
export function validate<T>(schema: Schema<T>, value: unknown): Validated<T> {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const first = result.issues[0]
  const path = v.getDotPath(first)
  return { ok: false, problem: path ? `${first.message} at ${path}` : first.message }
}
