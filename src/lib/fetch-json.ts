import { type Schema, validate } from '../schema/validate'
import { DataError, type DataErrorKind } from './data-error'
import { forgetCachedCopy } from './forget-cached-copy'

/** Where the ingest publishes its files (public/data, served at <base>/data/). */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`
}

/**
 * Fetch one published JSON file and validate it with the shared schema, so a
 * page never renders data the ingest would not have written.
 */
export async function fetchJson<T>(
  path: string,
  schema: Schema<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = dataUrl(path)
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new DataError('network', url, String(cause))
  }
  if (response.status === 404) throw new DataError('not-found', url, 'Not found', 404)
  if (!response.ok) throw new DataError('http', url, response.statusText, response.status)
  // The dev and preview servers answer unknown paths with index.html (SPA
  // fallback); treat that as "not found", not as broken JSON.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DataError('not-found', url, 'Not found', 404)
  }
  const body = await response.text()
  if (body.trim() === '') throw await broken('empty', url, 'Empty response')
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (cause) {
    throw await broken('invalid-json', url, String(cause))
  }
  const result = validate(schema, json)
  if (!result.ok) throw await broken('schema', url, result.problem)
  return result.value
}

/** A 200 answer that cannot be used: no saved copy of it may outlive this error. */
async function broken(kind: DataErrorKind, url: string, detail: string): Promise<DataError> {
  await forgetCachedCopy(url)
  return new DataError(kind, url, detail)
}
