// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OutlineEntry } from '../../lib/section-outline'
import { findEntry } from '../../lib/storage/reading-state'
import {
  createReadingStateStore,
  type ReadingStateStore,
} from '../../lib/storage/reading-state-store'
import { ReadingStateStoreContext } from '../../lib/storage/use-reading-state'
import { SETTLE_MS, useReadingPosition } from './use-reading-position'

const episode = {
  date: '2025-02-03',
  episodeSlug: 'the-episode',
  episodeTitle: 'The Episode',
  podcast: 'All-In Podcast',
}
const outline: OutlineEntry[] = ['1', '2', '3', '4', '5'].map((number) => ({
  id: `section-${number}`,
  number,
  title: `Section ${number}`,
  emoji: null,
  level: 2,
  parentId: null,
}))

let store: ReadingStateStore

function Probe(props: { activeId: string | null; targetId: string | null }): ReactNode {
  useReadingPosition(episode, outline, props.activeId, props.targetId)
  return null
}

function renderProbe() {
  const view = render(
    <ReadingStateStoreContext value={store}>
      <Probe activeId={null} targetId={null} />
    </ReadingStateStoreContext>,
  )
  const update = (activeId: string | null, targetId: string | null) =>
    view.rerender(
      <ReadingStateStoreContext value={store}>
        <Probe activeId={activeId} targetId={targetId} />
      </ReadingStateStoreContext>,
    )
  return Object.assign(update, { unmount: view.unmount })
}

/** A frame and then some: what a chosen section waits for. */
const FRAME_MS = 50

/** The reader stays where they are for `ms`. */
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

const lastSection = () => findEntry(store.getSnapshot().value, episode)?.lastSection?.number

beforeEach(() => {
  vi.useFakeTimers()
  window.localStorage.clear()
  store = createReadingStateStore()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useReadingPosition', () => {
  it('records the section in view once the reader stays on it, not each section passed', () => {
    const update = renderProbe()
    update('section-2', null)
    expect(lastSection()).toBeUndefined()
    wait(SETTLE_MS)
    expect(lastSection()).toBe('2')
    // The store writes after the paint that showed it.
    wait(FRAME_MS)
    // Scrolling on past 3 and 4 to 5: only 5 is written.
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    for (const passed of ['section-3', 'section-4']) {
      update(passed, null)
      wait(SETTLE_MS / 4)
    }
    update('section-5', null)
    wait(SETTLE_MS - 1)
    expect(lastSection()).toBe('2')
    wait(1)
    expect(lastSection()).toBe('5')
    wait(FRAME_MS)
    expect(writes).toHaveBeenCalledTimes(1)
    writes.mockRestore()
  })

  it('records the section waiting when the reader leaves the episode or hides the page', () => {
    const update = renderProbe()
    update('section-2', null)
    document.dispatchEvent(new Event('visibilitychange'))
    // Still visible: nothing yet.
    expect(lastSection()).toBeUndefined()
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(lastSection()).toBe('2')
    vi.restoreAllMocks()
    update('section-3', null)
    window.dispatchEvent(new Event('pagehide'))
    expect(lastSection()).toBe('3')
    update('section-4', null)
    update.unmount()
    expect(lastSection()).toBe('4')
  })

  it('records a chosen section once the page has painted it, not in the press', () => {
    const update = renderProbe()
    update(null, 'section-5')
    expect(lastSection()).toBeUndefined()
    // The next frame, then a task after it.
    wait(FRAME_MS)
    expect(lastSection()).toBe('5')
  })

  it('records a chosen section at once when the reader leaves before the next frame', () => {
    const update = renderProbe()
    update(null, 'section-5')
    update.unmount()
    expect(lastSection()).toBe('5')
  })

  it('keeps a contents target while the smooth scroll passes the sections before it', () => {
    const update = renderProbe()
    update(null, 'section-5')
    wait(FRAME_MS)
    expect(lastSection()).toBe('5')
    // The scroll on its way down: sections 1 to 4 cross the reading line.
    for (const passed of ['section-1', 'section-2', 'section-4']) {
      update(passed, 'section-5')
      wait(SETTLE_MS)
      expect(lastSection()).toBe('5')
    }
    update('section-5', 'section-5')
    wait(SETTLE_MS)
    expect(lastSection()).toBe('5')
    // Arrived: scrolling on by hand is reading again.
    update('section-4', 'section-5')
    wait(SETTLE_MS)
    expect(lastSection()).toBe('4')
  })

  it('follows the reader again once they scroll by hand before the move arrives', () => {
    const update = renderProbe()
    update(null, 'section-5')
    update('section-2', 'section-5')
    wait(SETTLE_MS)
    expect(lastSection()).toBe('5')
    fireEvent.wheel(window)
    update('section-3', 'section-5')
    wait(SETTLE_MS)
    expect(lastSection()).toBe('3')
  })
})
