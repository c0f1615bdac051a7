// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EpisodeRef } from '../schema/site-index'
import { PagedEpisodeList } from './paged-episode-list'

const episodes: EpisodeRef[] = Array.from({ length: 5 }, (_, i) => ({
  date: `2025-02-0${9 - i}`,
  slug: `episode-${i + 1}`,
  podcast: 'All-In Podcast',
  podcastSlug: 'all-in-podcast',
  title: `Episode ${i + 1}`,
  oneLine: null,
}))

afterEach(cleanup)

/** The list with `loaded` of the five rows in, two rows a page. */
function List({ loaded = 5, failed = null }: { loaded?: number; failed?: Error | null }) {
  const [shown, setShown] = useState(2)
  return (
    <MemoryRouter>
      <PagedEpisodeList
        episodes={episodes.slice(0, loaded)}
        total={episodes.length}
        shown={shown}
        onMore={() => setShown((count) => count + 2)}
        loading={loaded < 5 && !failed}
        failed={failed && { error: failed, retry: () => {} }}
      />
    </MemoryRouter>
  )
}

describe('PagedEpisodeList', () => {
  it('Show older episodes puts focus on the first episode it adds, also on the last page', async () => {
    const user = userEvent.setup()
    render(<List />)
    expect(screen.getAllByRole('link')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
    // The last page: the button goes away, and focus must not go with it to <body>.
    await user.click(screen.getByRole('button', { name: 'Show older episodes (1 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 5')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says older rows are loading, and focuses the first of them when they arrive', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<List loaded={2} />)
    expect(screen.getByRole('status').textContent).toBe('')
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    expect(screen.getByRole('status').textContent).toBe('Loading older episodes…')
    // The part takes a few frames to come in.
    await new Promise((resolve) => setTimeout(resolve, 100))
    rerender(<List loaded={5} />)
    expect(screen.getByRole('status').textContent).toBe('')
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
  })

  it('says when the older rows could not be loaded, with a way to try again', async () => {
    const user = userEvent.setup()
    const retry = vi.fn()
    function Failing() {
      const [shown, setShown] = useState(2)
      return (
        <MemoryRouter>
          <PagedEpisodeList
            episodes={episodes.slice(0, 2)}
            total={5}
            shown={shown}
            onMore={() => setShown(4)}
            loading={false}
            failed={{ error: new Error('offline'), retry }}
          />
        </MemoryRouter>
      )
    }
    render(<Failing />)
    // Nothing is missing yet: the failure of a part fetched ahead is not news.
    expect(screen.queryByRole('heading', { name: /could not be loaded/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    expect(
      screen.getByRole('heading', { name: 'The older episodes could not be loaded' }),
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /Try again/ }))
    expect(retry).toHaveBeenCalled()
  })
})
