// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AnnouncerProvider } from '../../components/announcer'
import type { NewBookmark } from '../../lib/storage/bookmark-schema'
import { type BookmarkStore, createBookmarkStore } from '../../lib/storage/bookmark-store'
import { BookmarkStoreContext } from '../../lib/storage/use-bookmarks'
import { BookmarkToggle } from './bookmark-toggle'

const myth: NewBookmark = {
  date: '2025-02-03',
  episodeSlug: 'ai-czar-david-sacks-explains-the-deepseek-freak-out',
  sectionId: 'the-6-million-myth-debunked',
  digestTitle: 'AI’s Global Impact & Gender Talks',
  episodeTitle: 'AI Czar David Sacks Explains the DeepSeek Freak Out',
  podcast: 'All-In Podcast',
  sectionTitle: 'The $6 Million Myth Debunked',
  sectionNumber: '7',
}

let store: BookmarkStore

beforeEach(() => {
  window.localStorage.clear()
  store = createBookmarkStore()
})
afterEach(cleanup)

function renderToggles(count = 1) {
  return render(
    <BookmarkStoreContext.Provider value={store}>
      <AnnouncerProvider>
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical test copies
          <BookmarkToggle key={i} bookmark={myth} />
        ))}
      </AnnouncerProvider>
    </BookmarkStoreContext.Provider>,
  )
}

describe('BookmarkToggle', () => {
  it('is a toggle button named after the section, pressed while bookmarked', async () => {
    const user = userEvent.setup()
    renderToggles()
    const button = screen.getByRole('button', {
      name: 'Bookmark “The $6 Million Myth Debunked”, section 7',
    })
    expect(button.getAttribute('aria-pressed')).toBe('false')

    await user.click(button)
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(store.getSnapshot().value.bookmarks).toMatchObject([{ sectionId: myth.sectionId }])

    await user.click(button)
    expect(button.getAttribute('aria-pressed')).toBe('false')
    expect(store.getSnapshot().value.bookmarks).toEqual([])
  })

  it('keeps every control of the tab in step (one store, useSyncExternalStore)', async () => {
    const user = userEvent.setup()
    renderToggles(2)
    const [first, second] = screen.getAllByRole('button', { name: /^Bookmark/ })
    if (!first || !second) throw new Error('two toggles expected')
    await user.click(first)
    expect(second.getAttribute('aria-pressed')).toBe('true')
  })

  it('shows a bookmark saved before the page opened', () => {
    store.add(myth)
    renderToggles()
    expect(screen.getByRole('button', { name: /^Bookmark/ }).getAttribute('aria-pressed')).toBe(
      'true',
    )
  })
})
