import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../lib/query-client'

// The page's chunk and data, each held until the test lets it go.
const { held, asked } = vi.hoisted(() => {
  const held = { page: () => {}, data: () => {} }
  /** The arguments the data was asked for with, after the client. */
  const asked: unknown[][] = []
  return { held, asked }
})
vi.mock('./router', () => ({
  preloadPage: () =>
    new Promise<void>((resolve) => {
      held.page = resolve
    }),
}))
vi.mock('./prefetch-route-data', () => ({
  prefetchRouteData: (_client: unknown, ...address: unknown[]) =>
    new Promise<void>((resolve) => {
      asked.push(address)
      held.data = resolve
    }),
}))

const { FIRST_PAGE_WAIT_MS, firstPageReady } = await import('./first-page-ready')

/** Whether `promise` has settled once pending callbacks have run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(() => {
    settled = true
  })
  await vi.advanceTimersByTimeAsync(0)
  return settled
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('firstPageReady', () => {
  it('waits for both the page’s chunk and its data', async () => {
    const ready = firstPageReady(createQueryClient(), { pathname: '/digests/1999-07-09' })
    held.data()
    expect(await isSettled(ready)).toBe(false)
    held.page()
    expect(await isSettled(ready)).toBe(true)
    // Its cap's timer is not left running for the page's life.
    expect(vi.getTimerCount()).toBe(0)
  })

  it('asks for the data of the whole address, its query string too', async () => {
    asked.length = 0
    void firstPageReady(createQueryClient(), {
      pathname: '/digests',
      search: '?podcast=all-in-podcast',
    })
    expect(asked).toEqual([['/digests', '?podcast=all-in-podcast']])
  })

  it('waits no longer than its cap when they do not come', async () => {
    const ready = firstPageReady(createQueryClient(), { pathname: '/digests/1999-07-09' })
    await vi.advanceTimersByTimeAsync(FIRST_PAGE_WAIT_MS - 1)
    expect(await isSettled(ready)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await isSettled(ready)).toBe(true)
  })
})
