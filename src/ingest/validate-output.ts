import { digestSchema } from '../schema/digest'
import { postSchema } from '../schema/post'
import { searchManifestSchema, searchShardSchema, shardBuildsSchema } from '../schema/search'
import {
  monthFileSchema,
  podcastFileSchema,
  podcastPartSchema,
  postListSchema,
  siteIndexSchema,
} from '../schema/site-index'
import { type Schema, validate } from '../schema/validate'

/** Which schema describes a published path: the same ones the app reads with. */
const schemas: Array<[RegExp, Schema]> = [
  [/^index\.json$/, siteIndexSchema],
  [/^posts\.json$/, postListSchema],
  [/^digests\/\d{4}-\d{2}-\d{2}\.json$/, digestSchema],
  [/^months\/\d{4}-\d{2}\.json$/, monthFileSchema],
  [/^podcasts\/[a-z0-9-]+\.json$/, podcastFileSchema],
  [/^podcasts\/[a-z0-9-]+\/\d+\.json$/, podcastPartSchema],
  [/^posts\/[a-z0-9-]+\.json$/, postSchema],
  [/^search\/index\.json$/, searchManifestSchema],
  [/^search\/builds\.json$/, shardBuildsSchema],
  [/^search\/\d{4}-\d{2}\.json$/, searchShardSchema],
]

export function schemaForPath(path: string): Schema | undefined {
  return schemas.find(([pattern]) => pattern.test(path))?.[1]
}

/**
 * Validate a file before it is written. A failure here is a bug in the ingest,
 * not in the document, so it says which file and which field.
 */
export function validateOutput(path: string, value: unknown): string | null {
  const schema = schemaForPath(path)
  if (!schema) return `no schema describes ${path}`
  const result = validate(schema, value)
  return result.ok ? null : `${path}: ${result.problem}`
}
