// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findEntry } from '../../lib/storage/reading-state'
import {
  createReadingStateStore,
  type ReadingStateStore,
} from '../../lib/storage/reading-state-store'
import { ReadingStateStoreContext } from '../../lib/storage/use-reading-state'
import type { OutlineEntry } from './section-outline'
import { useReadingPosition } from './use-reading-position'

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
  return (activeId: string | null, targetId: string | null) =>
    view.rerender(
      <ReadingStateStoreContext value={store}>
        <Probe activeId={activeId} targetId={targetId} />
      </ReadingStateStoreContext>,
    )
}

const lastSection = () => findEntry(store.getSnapshot().value, episode)?.lastSection?.number

beforeEach(() => {
  window.localStorage.clear()
  store = createReadingStateStore()
})
afterEach(cleanup)

describe('useReadingPosition', () => {
  it('records the section in view as the reader scrolls', () => {
    const update = renderProbe()
    update('section-2', null)
    expect(lastSection()).toBe('2')
    update('section-3', null)
    expect(lastSection()).toBe('3')
  })

  it('keeps a contents target while the smooth scroll passes the sections before it', () => {
    const update = renderProbe()
    update(null, 'section-5')
    expect(lastSection()).toBe('5')
    // The scroll on its way down: sections 1 to 4 cross the reading line.
    for (const passed of ['section-1', 'section-2', 'section-4']) {
      update(passed, 'section-5')
      expect(lastSection()).toBe('5')
    }
    update('section-5', 'section-5')
    expect(lastSection()).toBe('5')
    // Arrived: scrolling on by hand is reading again.
    update('section-4', 'section-5')
    expect(lastSection()).toBe('4')
  })

  it('follows the reader again once they scroll by hand before the move arrives', () => {
    const update = renderProbe()
    update(null, 'section-5')
    update('section-2', 'section-5')
    expect(lastSection()).toBe('5')
    fireEvent.wheel(window)
    update('section-3', 'section-5')
    expect(lastSection()).toBe('3')
  })
})
