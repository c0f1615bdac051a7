/**
 * Why a data file could not be used. The error panel turns `kind` into a
 * sentence a reader understands, and the query client uses it to decide
 * whether a retry could help (a schema mismatch will not heal by itself).
 */
export type DataErrorKind = 'network' | 'not-found' | 'http' | 'empty' | 'invalid-json' | 'schema'

export class DataError extends Error {
  readonly kind: DataErrorKind
  readonly url: string
  readonly status: number | undefined

  constructor(kind: DataErrorKind, url: string, detail: string, status?: number) {
    super(detail)
    this.name = 'DataError'
    this.kind = kind
    this.url = url
    this.status = status
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof DataError && error.kind === 'not-found'
}

/** False unless the browser knows there is no network at all (Node has no navigator). */
function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

/** A sentence for the reader: what failed, in their words. */
export function describeDataError(error: unknown): string {
  if (!(error instanceof DataError)) return 'Something went wrong while loading this page.'
  const file = error.url.replace(/^.*\/data\//, '')
  switch (error.kind) {
    case 'network':
      // Offline, a file is only there if this device saved it on an earlier
      // visit (the service worker): say that, rather than blame the server.
      return isOffline()
        ? `You are offline, and ${file} is not saved on this device yet. It will load when you are back online.`
        : `Could not reach the server to load ${file}. Check your connection.`
    case 'not-found':
      return `${file} does not exist.`
    case 'http':
      return `The server answered ${error.status ?? 'an error'} for ${file}.`
    case 'empty':
      return `${file} came back empty.`
    case 'invalid-json':
      return `${file} is not valid JSON (it may have been cut off).`
    case 'schema':
      return `${file} does not have the expected shape: ${error.message}`
  }
}
