import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError, describeDataError } from './data-error'
import { fetchJson } from './fetch-json'

const schema = v.object({ date: v.string(), count: v.number() })

function answer(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  )
}

/** The DataError fetchJson rejects with (fails the test if it resolves). */
async function failure(): Promise<DataError> {
  const error = await fetchJson('digests/2025-02-03.json', schema).then(
    () => null,
    (cause: unknown) => cause,
  )
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`)
  return error
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('fetchJson', () => {
  it('returns the validated data of a good file, from /data/', async () => {
    answer('{"date":"2025-02-03","count":2}', { headers: { 'content-type': 'application/json' } })
    await expect(fetchJson('digests/2025-02-03.json', schema)).resolves.toEqual({
      date: '2025-02-03',
      count: 2,
    })
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/data/digests/2025-02-03.json')
  })

  it('reports a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    const error = await failure()
    expect(error.kind).toBe('network')
    expect(describeDataError(error)).toBe(
      'Could not reach the server to load digests/2025-02-03.json. Check your connection.',
    )
  })

  it('reports a 404 as not found, and so the SPA fallback page too', async () => {
    answer('', { status: 404 })
    expect((await failure()).kind).toBe('not-found')
    answer('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } })
    expect((await failure()).kind).toBe('not-found')
  })

  it('reports another HTTP error with its status', async () => {
    answer('boom', { status: 500, statusText: 'Internal Server Error' })
    const error = await failure()
    expect(error.kind).toBe('http')
    expect(error.status).toBe(500)
    expect(describeDataError(error)).toBe('The server answered 500 for digests/2025-02-03.json.')
  })

  it('reports an empty body', async () => {
    answer('  \n')
    expect((await failure()).kind).toBe('empty')
  })

  it('reports JSON that does not parse (a cut-off file)', async () => {
    answer('{"date": "2025-02')
    const error = await failure()
    expect(error.kind).toBe('invalid-json')
    expect(describeDataError(error)).toMatch(/is not valid JSON/)
  })

  it('reports data of the wrong shape, naming where', async () => {
    answer('{"date":"2025-02-03","count":"two"}')
    const error = await failure()
    expect(error.kind).toBe('schema')
    expect(error.message).toMatch(/at count$/)
  })

  it('lets an abort through as an abort, not as a network failure', async () => {
    const controller = new AbortController()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        controller.abort()
        throw new DOMException('aborted', 'AbortError')
      }),
    )
    const error = await fetchJson('index.json', schema, controller.signal).catch(
      (cause: unknown) => cause,
    )
    expect(error).toBeInstanceOf(DOMException)
  })
})
