// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
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

  it('adds no more rows while the ones it asked for are on their way', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<List loaded={2} />)
    await user.click(screen.getByRole('button', { name: 'Show older episodes (3 more)' }))
    // A second press before they came asked for rows the reader had not seen
    // yet, and focus then skipped past the first ones to the last page's.
    const more = screen.getByRole('button', { name: 'Show older episodes (1 more)' })
    expect(more.getAttribute('aria-disabled')).toBe('true')
    await user.click(more)
    await new Promise((resolve) => setTimeout(resolve, 50))
    rerender(<List loaded={5} />)
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
    expect(screen.getAllByRole('link')).toHaveLength(4)
    expect(
      screen
        .getByRole('button', { name: 'Show older episodes (1 more)' })
        .getAttribute('aria-disabled'),
    ).toBeNull()
  })

  it('Try again stays on screen while it tries, then puts focus on the first row it brings', async () => {
    const user = userEvent.setup()
    /** The rows of a part that failed once; each retry is answered when the test says. */
    function FailingThenIn({ answer }: { answer: { next: 'in' | 'fails'; send?: () => void } }) {
      const [loaded, setLoaded] = useState(2)
      const [failed, setFailed] = useState<Error | null>(new Error('offline'))
      const retry = () => {
        // As the query does: it forgets its error while it fetches again.
        setFailed(null)
        answer.send = () => {
          if (answer.next === 'in') setLoaded(5)
          else setFailed(new Error('still offline'))
        }
      }
      return (
        <MemoryRouter>
          {/* As in the app: a panel that goes with focus on it hands focus to <main>. */}
          <main id="main" tabIndex={-1}>
            <PagedEpisodeList
              episodes={episodes.slice(0, loaded)}
              total={5}
              shown={4}
              onMore={() => {}}
              loading={!failed && loaded < 5}
              failed={failed && { error: failed, retry }}
            />
          </main>
        </MemoryRouter>
      )
    }
    const answer: { next: 'in' | 'fails'; send?: () => void } = { next: 'fails' }
    render(<FailingThenIn answer={answer} />)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    // The panel went at the press, with focus on its button, to the top of the page.
    const trying = screen.getByRole('button', { name: 'Trying again…' })
    expect(trying.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(trying)
    // Failed again: the panel says so, and focus is where the reader left it.
    act(() => answer.send?.())
    expect(
      screen.getByRole('heading', { name: 'The older episodes could not be loaded' }),
    ).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }))

    answer.next = 'in'
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    act(() => answer.send?.())
    expect(screen.queryByRole('alert')).toBeNull()
    await expect.poll(() => document.activeElement?.textContent).toBe('Episode 3')
  })

  it('with none of its rows in yet, says it is loading them and offers no older ones', () => {
    // A year of a podcast whose episodes are all in an older part.
    const { rerender } = render(<List loaded={0} />)
    expect(screen.getByRole('status').textContent).toBe('Loading the episodes…')
    expect(screen.queryByRole('button')).toBeNull()
    rerender(<List loaded={5} />)
    expect(screen.getByRole('status').textContent).toBe('')
    expect(screen.getByRole('button', { name: 'Show older episodes (3 more)' })).toBeTruthy()
  })

  it('coming back to a place among rows still to come, says so where the reader is', () => {
    render(
      <MemoryRouter>
        <PagedEpisodeList
          episodes={episodes.slice(0, 2)}
          total={5}
          shown={4}
          onMore={() => {}}
          loading
          failed={null}
          returning
        />
      </MemoryRouter>,
    )
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('Loading older episodes to take you back to your place…')
    // Held at the bottom of the screen: the reader is rows above the list's end.
    expect(status.className).toMatch(/\bsticky bottom-0\b/)
  })
})
