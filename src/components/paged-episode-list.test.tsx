// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
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

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '')
})

describe('PagedEpisodeList', () => {
  it('Show older episodes puts focus on the first episode it adds, also on the last page', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter>
        <PagedEpisodeList keptAs="rows" episodes={episodes} pageSize={2} />
      </MemoryRouter>,
    )
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
    // The last page: the button goes away, and focus must not go with it to <body>.
    await user.click(screen.getByRole('button', { name: 'Show older episodes (1 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 5')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('keeps how many rows are shown in the history entry, and shows as many when the entry is read again', async () => {
    const user = userEvent.setup()
    const page = () => (
      <MemoryRouter>
        <PagedEpisodeList keptAs="rows" episodes={episodes} pageSize={2} />
      </MemoryRouter>
    )
    const { unmount } = render(page())
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    await expect.poll(() => window.history.state?.rows).toBe(4)
    unmount()
    // Back to the entry: the rows the reader had opened, not the first page.
    render(page())
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Episode 1',
      'Episode 2',
      'Episode 3',
      'Episode 4',
    ])
    expect(screen.getByRole('button', { name: 'Show older episodes (1 more)' })).toBeTruthy()
  })

  it('starts at one page in an entry that kept nothing', () => {
    render(
      <MemoryRouter>
        <PagedEpisodeList keptAs="rows" episodes={episodes} pageSize={2} />
      </MemoryRouter>,
    )
    expect(screen.getAllByRole('link')).toHaveLength(2)
  })
})
