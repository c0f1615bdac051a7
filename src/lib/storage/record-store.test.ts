// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createRecordStore, type DecodeResult, type RecordStoreDeps } from './record-store'

interface Counter {
  count: number
}

const KEY = 'digest-reader:test-record'
const deps: RecordStoreDeps = {
  storage: () => window.localStorage,
  now: () => 0,
  events: window,
}

/** A store of `{ count }` that counts how often it decodes what is stored. */
function counterStore() {
  const decoded = { times: 0 }
  const decode = (json: unknown): DecodeResult<Counter> => {
    decoded.times++
    const count = (json as Counter | null)?.count
    return typeof count === 'number' ? { ok: true, value: { count } } : { ok: false, reason: 'no' }
  }
  const store = createRecordStore<Counter>({ key: KEY, decode, empty: () => ({ count: 0 }) }, deps)
  return { store, decoded }
}

afterEach(() => window.localStorage.clear())

describe('record store', () => {
  it('does not decode the stored record again for a change when nothing else wrote it', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ count: 1 }))
    const { store, decoded } = counterStore()
    expect(store.getSnapshot().value).toEqual({ count: 1 })
    expect(decoded.times).toBe(1)
    for (let i = 0; i < 3; i++) store.update(({ count }) => ({ count: count + 1 }))
    expect(store.getSnapshot().value).toEqual({ count: 4 })
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual({ count: 4 })
    expect(decoded.times).toBe(1)
  })

  it('applies a change to what another tab stored meanwhile, decoding that once', () => {
    const { store, decoded } = counterStore()
    store.update(({ count }) => ({ count: count + 1 }))
    // Another tab's write, its storage event not yet arrived.
    window.localStorage.setItem(KEY, JSON.stringify({ count: 10 }))
    const before = decoded.times
    store.update(({ count }) => ({ count: count + 1 }))
    expect(decoded.times).toBe(before + 1)
    expect(store.getSnapshot().value).toEqual({ count: 11 })
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual({ count: 11 })
  })
})
