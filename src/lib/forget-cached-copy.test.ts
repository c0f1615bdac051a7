import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATA_CACHE, forgetCachedCopy } from './forget-cached-copy'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('forgetCachedCopy', () => {
  it('removes the file from the data cache now and once more after the worker’s store', async () => {
    vi.useFakeTimers()
    const removed: string[] = []
    const opened: string[] = []
    vi.stubGlobal('caches', {
      open: async (name: string) => {
        opened.push(name)
        return { delete: async (url: string) => removed.push(url) > 0 }
      },
    })
    await forgetCachedCopy('/data/digests/2025-02-03.json')
    expect(removed).toEqual(['/data/digests/2025-02-03.json'])
    await vi.runAllTimersAsync()
    expect(removed).toEqual(['/data/digests/2025-02-03.json', '/data/digests/2025-02-03.json'])
    expect(opened).toEqual([DATA_CACHE, DATA_CACHE])
  })

  it('never throws, with or without Cache Storage', async () => {
    await expect(forgetCachedCopy('/data/index.json')).resolves.toBeUndefined()
    vi.stubGlobal('caches', {
      open: async () => {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    await expect(forgetCachedCopy('/data/index.json')).resolves.toBeUndefined()
  })
})
