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

afterEach(cleanup)

describe('PagedEpisodeList', () => {
  it('Show older episodes puts focus on the first episode it adds, also on the last page', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter>
        <PagedEpisodeList episodes={episodes} pageSize={2} />
      </MemoryRouter>,
    )
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
    // The last page: the button goes away, and focus must not go with it to <body>.
    await user.click(screen.getByRole('button', { name: 'Show older episodes (1 more)' }))
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 5')
    expect(screen.queryByRole('button')).toBeNull()
  })
})
