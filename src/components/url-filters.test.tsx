// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter, useLocation, useNavigate } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parsePodcastParam, usePodcastFilter, useUnreadFilter } from './url-filters'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

let setters: {
  podcast: (next: string | null) => void
  unread: (next: boolean) => void
  back: () => void
}

function Filters() {
  const [podcast, setPodcast] = usePodcastFilter()
  const [unread, setUnread] = useUnreadFilter()
  const navigate = useNavigate()
  setters = { podcast: setPodcast, unread: setUnread, back: () => navigate(-1) }
  const { search } = useLocation()
  return (
    <output aria-label="state">
      {search} {podcast ?? 'all'} {String(unread)}
    </output>
  )
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Filters />
    </MemoryRouter>,
  )
  return () => screen.getByRole('status', { name: 'state' }).textContent
}

describe('useUrlFilter', () => {
  it('keeps both of two filters changed before the page renders again', async () => {
    const state = renderAt('/?from=2025-01')
    await act(async () => {
      setters.podcast('chris-williamson')
      setters.unread(true)
    })
    expect(state()).toBe('?from=2025-01&podcast=chris-williamson&unread=1 chris-williamson true')
  })

  it('starts from the rendered address again once a change has landed, back/forward included', async () => {
    // Changes seconds apart: each is a history entry of its own.
    let now = 0
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 5000))
    const state = renderAt('/')
    await act(async () => setters.unread(true))
    await act(async () => setters.unread(false))
    // Back to ?unread=1, the address the last change was made from: that
    // change's result ("") must not be taken for the current query.
    await act(async () => setters.back())
    await act(async () => setters.podcast('all-in-podcast'))
    expect(state()).toBe('?unread=1&podcast=all-in-podcast all-in-podcast true')
  })
})

describe('a quick run of changes to one filter', () => {
  it('is one history entry: Back returns to before the run', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000)
    const state = renderAt('/digests')
    await act(async () => setters.podcast('all-in-podcast'))
    await act(async () => setters.podcast('chris-williamson'))
    await act(async () => setters.podcast('huberman-lab'))
    expect(state()).toBe('?podcast=huberman-lab huberman-lab false')
    await act(async () => setters.back())
    expect(state()).toBe(' all false')
  })

  it('is not joined by a change of another filter, or one made seconds later', async () => {
    let now = 0
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now)
    const state = renderAt('/digests')
    await act(async () => setters.podcast('all-in-podcast'))
    await act(async () => setters.unread(true))
    now += 5000
    await act(async () => setters.unread(false))
    await act(async () => setters.back())
    expect(state()).toBe('?podcast=all-in-podcast&unread=1 all-in-podcast true')
    await act(async () => setters.back())
    expect(state()).toBe('?podcast=all-in-podcast all-in-podcast false')
    clock.mockRestore()
  })
})

describe('parsePodcastParam', () => {
  it('reads a podcast slug from the URL', () => {
    expect(parsePodcastParam(new URLSearchParams('podcast=all-in-podcast'))).toBe('all-in-podcast')
  })

  it('reads a missing or malformed value as all podcasts', () => {
    expect(parsePodcastParam(new URLSearchParams(''))).toBeNull()
    expect(parsePodcastParam(new URLSearchParams('podcast=<script>'))).toBeNull()
    expect(parsePodcastParam(new URLSearchParams('podcast='))).toBeNull()
  })
})
