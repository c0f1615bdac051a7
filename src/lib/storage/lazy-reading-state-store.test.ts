// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyReadingStateStore, recordOnArrival } from './lazy-reading-state-store'
import { READING_STATE_KEY } from './reading-state-store'

// The store writes a change after the next paint (write-after-paint.ts: a
// frame, then a task). Each test waits for that write, so none outlives the
// test file's window: on a slow machine, a write left queued ran after jsdom
// was torn down and threw "window is not defined" (a fresh clone's run).
afterEach(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

const episode = {
  date: '2025-02-03',
  episodeSlug: 'an-episode',
  episodeTitle: 'An episode',
  podcast: 'A podcast',
}

describe('the lazily loaded reading-state store', () => {
  it('answers empty at once, then the stored record; what a page asked on arrival is the record before its own changes', async () => {
    localStorage.setItem(
      READING_STATE_KEY,
      JSON.stringify({
        version: 1,
        episodes: [
          {
            ...episode,
            readAt: null,
            lastSection: { id: 'five', number: '5', title: 'Five' },
            updatedAt: '2025-02-04T08:00:00.000Z',
          },
        ],
      }),
    )
    expect(lazyReadingStateStore.getSnapshot().value.episodes).toEqual([])
    const arrival = recordOnArrival(lazyReadingStateStore)
    expect(arrival).toBeInstanceOf(Promise)
    // The page records where it is now, before the store has loaded.
    lazyReadingStateStore.setLastSection(episode, { id: 'one', number: '1', title: 'One' })

    const before = await arrival
    expect(before.episodes[0]?.lastSection?.id).toBe('five')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(lazyReadingStateStore.getSnapshot().value.episodes[0]?.lastSection?.id).toBe('one')
    // Loaded now: answers at once.
    expect(recordOnArrival(lazyReadingStateStore)).not.toBeInstanceOf(Promise)
  })
})

describe('an import into the lazily loaded store', () => {
  it('reports what it added even when the store has not loaded yet', async () => {
    // A fresh module: its store not loaded, as on a page just opened.
    localStorage.clear()
    vi.resetModules()
    const { lazyReadingStateStore: fresh } = await import('./lazy-reading-state-store')
    const { mergeIntoReadingState } = await import('./reading-state-merge')
    const entry = { ...episode, readAt: '2025-02-04T08:00:00.000Z', lastSection: null }
    const result = await mergeIntoReadingState(fresh, [
      { ...entry, updatedAt: '2025-02-04T08:00:00.000Z' },
    ])
    expect(result).toEqual({ added: 1, updated: 0, unchanged: 0 })
    expect(fresh.getSnapshot().value.episodes).toHaveLength(1)
  })
})
