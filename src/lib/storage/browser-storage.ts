/**
 * The smallest part of `Storage` the record stores use, so tests can hand in a
 * fake one that throws on every call or fills up.
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/**
 * `window.localStorage` itself throws in some browsers when storage is
 * disabled (Safari private mode of old, Firefox with cookies blocked, sandboxed
 * iframes), so it is read through a function the store calls inside `try`.
 */
export function browserLocalStorage(): KeyValueStorage {
  return window.localStorage
}

/** A full storage: the names differ between browsers, the meaning does not. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  )
}

/** Every key that starts with `prefix`, read defensively (keys can vanish while we iterate). */
export function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key?.startsWith(prefix)) keys.push(key)
  }
  return keys.sort()
}
