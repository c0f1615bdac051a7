import type * as z from 'zod/mini'
import { digestSchema } from '../schema/digest'
import { postSchema } from '../schema/post'
import { searchManifestSchema, searchShardSchema, shardBuildsSchema } from '../schema/search'
import {
  monthFileSchema,
  podcastFileSchema,
  postListSchema,
  siteIndexSchema,
} from '../schema/site-index'

/** Which schema describes a published path: the same ones the app reads with. */
const schemas: Array<[RegExp, z.ZodMiniType]> = [
  [/^index\.json$/, siteIndexSchema],
  [/^posts\.json$/, postListSchema],
  [/^digests\/\d{4}-\d{2}-\d{2}\.json$/, digestSchema],
  [/^months\/\d{4}-\d{2}\.json$/, monthFileSchema],
  [/^podcasts\/[a-z0-9-]+\.json$/, podcastFileSchema],
  [/^posts\/[a-z0-9-]+\.json$/, postSchema],
  [/^search\/index\.json$/, searchManifestSchema],
  [/^search\/builds\.json$/, shardBuildsSchema],
  [/^search\/\d{4}-\d{2}\.json$/, searchShardSchema],
]

export function schemaForPath(path: string): z.ZodMiniType | undefined {
  return schemas.find(([pattern]) => pattern.test(path))?.[1]
}

/**
 * Validate a file before it is written. A failure here is a bug in the ingest,
 * not in the document, so it says which file and which field.
 */
export function validateOutput(path: string, value: unknown): string | null {
  const schema = schemaForPath(path)
  if (!schema) return `no schema describes ${path}`
  const result = schema.safeParse(value)
  if (result.success) return null
  const first = result.error.issues[0]
  return `${path}: ${first?.message ?? 'invalid'} at ${first?.path.join('.') ?? '(root)'}`
}
