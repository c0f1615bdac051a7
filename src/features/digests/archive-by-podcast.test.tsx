// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dailyEpisode, dailyEpisodes, serveDataFiles } from '../../../test/support/serve-data-files'
import { formatDigestDay } from '../../lib/format-date'
import { createQueryClient } from '../../lib/query-client'
import type { PodcastFile, PodcastPart } from '../../schema/site-index'
import { ArchiveByPodcast } from './archive-by-podcast'

const episode = (n: number) => dailyEpisode(n, 2025)
const range = (from: number, to: number) => dailyEpisodes(from, to, 2025)

// 65 days: the newest 40 in the podcast's file, the oldest 25 in its one part.
const part: PodcastPart = { slug: 'daily-show', part: 1, episodes: range(1, 25) }
const files: Record<string, PodcastFile | PodcastPart> = {
  'podcasts/daily-show.json': {
    slug: 'daily-show',
    name: 'Daily Show',
    episodes: range(26, 65),
    older: [
      {
        part: 1,
        count: 25,
        digestCount: 25,
        newest: episode(25).date,
        oldest: episode(1).date,
      },
    ],
    years: [{ year: '2025', count: 65 }],
    digestCount: 65,
  },
  'podcasts/daily-show/1.json': part,
}

let requested: string[]
beforeEach(() => {
  requested = serveDataFiles(files)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '')
})

/** The podcast's newest `inFile` days in its own file, before the 25 of its part. */
function withFileOf(inFile: number): Record<string, PodcastFile | PodcastPart> {
  const file = files['podcasts/daily-show.json'] as PodcastFile
  return {
    ...files,
    'podcasts/daily-show.json': {
      ...file,
      episodes: range(26, 25 + inFile),
      years: [{ year: '2025', count: 25 + inFile }],
      digestCount: 25 + inFile,
    },
  }
}

/**
 * Serves `served`, the part only when the test says: `release()` lets it
 * come, and while `failing` is set it fails (500).
 */
function holdPart(served: Record<string, unknown>) {
  serveDataFiles(served)
  const answer = globalThis.fetch
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  const control = { release, failing: false }
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith('/daily-show/1.json')) {
      if (control.failing) return new Response('', { status: 500 })
      await held
    }
    return answer(input, init)
  })
  return control
}

function renderArchive() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <input aria-label="Search" />
        {/* As in the app: a panel that goes with focus on it hands focus to <main>. */}
        <main id="main" tabIndex={-1}>
          <ArchiveByPodcast podcast="daily-show" name="Daily Show" />
        </main>
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

const dayLinks = () => screen.getAllByRole('link', { name: /^\w+day, / })

describe('ArchiveByPodcast', () => {
  it('counts every digest of a long podcast, and shows its older days from the part that holds them', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <ArchiveByPodcast podcast="daily-show" name="Daily Show" />
        </MemoryRouter>
      </QueryClientProvider>,
    )
    expect(await screen.findByText(/65 episodes of/)).toBeTruthy()
    expect(screen.getByText(/in 65 digests, newest first/)).toBeTruthy()
    expect(screen.getAllByRole('link', { name: /^Episode / })).toHaveLength(30)
    await user.click(screen.getByRole('button', { name: 'Show older digests' }))
    await expect.poll(() => screen.getAllByRole('link', { name: /^Episode / }).length).toBe(60)
    expect(screen.getAllByRole('link', { name: /^Episode / }).at(-1)?.textContent).toBe('Episode 6')
    expect(requested).toEqual(['podcasts/daily-show.json', 'podcasts/daily-show/1.json'])
  })

  it('adds no more days while the ones it asked for are on their way', async () => {
    const user = userEvent.setup()
    const part = holdPart(files)
    renderArchive()
    await expect.poll(() => dayLinks().length).toBe(30)
    const more = screen.getByRole('button', { name: 'Show older digests' })
    await user.click(more)
    // The 40 days of the podcast's own file; the rest wait for its part.
    await expect.poll(() => dayLinks().length).toBe(40)
    expect(screen.getByRole('status').textContent).toBe('Loading older digests…')
    expect(more.getAttribute('aria-disabled')).toBe('true')
    // Before, a second press asked for 30 more days the reader had not seen.
    await user.click(more)
    part.release()
    await expect.poll(() => dayLinks().length).toBe(60)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(dayLinks()).toHaveLength(60)
    expect(more.getAttribute('aria-disabled')).toBeNull()
  })

  it('a day that comes late takes focus only if the reader left focus where it was', async () => {
    const user = userEvent.setup()
    const part = holdPart(withFileOf(30))
    renderArchive()
    await expect.poll(() => dayLinks().length).toBe(30)
    await user.click(screen.getByRole('button', { name: 'Show older digests' }))
    // Its first new day is in the part, on its way: the reader goes on to search.
    const search = screen.getByRole('textbox', { name: 'Search' })
    await user.click(search)
    await user.keyboard('tesla')
    part.release()
    await expect.poll(() => dayLinks().length).toBe(55)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.activeElement).toBe(search)
  })

  it('Try again stays on screen while it tries, then puts focus on the first day it brings', async () => {
    const user = userEvent.setup()
    const part = holdPart(withFileOf(30))
    part.failing = true
    // Back to the archive with 60 days shown: the part they need fails.
    window.history.replaceState({ 'podcastDays:daily-show': 60 }, '')
    renderArchive()
    const tryAgain = await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 })
    expect(dayLinks()).toHaveLength(30)
    part.failing = false
    await user.click(tryAgain)
    // While it tries, the panel stays, with focus on its button.
    const trying = screen.getByRole('button', { name: 'Trying again…' })
    expect(document.activeElement).toBe(trying)
    await new Promise((resolve) => setTimeout(resolve, 50))
    part.release()
    const firstBrought = await screen.findByRole('link', {
      name: formatDigestDay(episode(25).date),
    })
    await expect.poll(() => document.activeElement).toBe(firstBrought)
  })

  it('back to a place among days still to come, says so at the bottom of the screen until they are in', async () => {
    // Back (or a reload) to 60 days opened, 9,000 px down: 20 of them in the part.
    window.history.replaceState({ keptScroll: 9_000, 'podcastDays:daily-show': 60 }, '')
    vi.stubGlobal('scrollTo', vi.fn())
    const part = holdPart(files)
    renderArchive()
    const returning = 'Loading older digests to take you back to your place…'
    await expect.poll(() => screen.queryByRole('status')?.textContent).toBe(returning)
    expect(screen.getByRole('status').className).toMatch(/\bsticky bottom-0\b/)
    part.release()
    await expect.poll(() => dayLinks().length).toBe(60)
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('back to a place among days whose part fails, says so at the bottom of the screen, where the status was', async () => {
    window.history.replaceState({ keptScroll: 9_000, 'podcastDays:daily-show': 60 }, '')
    vi.stubGlobal('scrollTo', vi.fn())
    const part = holdPart(files)
    part.failing = true
    renderArchive()
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    // Before, it was at the list's end, thousands of pixels below the reader.
    expect(alert.parentElement?.className).toMatch(/\bsticky bottom-0\b/)
    expect(screen.getByRole('status').textContent).toBe('')
  })

  describe('narrowed to a year', () => {
    // 2025's 40 days in the file, 2024's 70 in its one part.
    const twoYears: Record<string, PodcastFile | PodcastPart> = {
      'podcasts/daily-show.json': {
        slug: 'daily-show',
        name: 'Daily Show',
        episodes: range(1, 40),
        older: [
          {
            part: 1,
            count: 70,
            digestCount: 70,
            newest: dailyEpisode(70, 2024).date,
            oldest: dailyEpisode(1, 2024).date,
          },
        ],
        years: [
          { year: '2025', count: 40 },
          { year: '2024', count: 70 },
        ],
        digestCount: 110,
      },
      'podcasts/daily-show/1.json': {
        slug: 'daily-show',
        part: 1,
        episodes: dailyEpisodes(1, 70, 2024),
      },
    }

    function Address() {
      const { search } = useLocation()
      return <output aria-label="address">{search}</output>
    }

    function renderAt(path: string) {
      requested = serveDataFiles(twoYears)
      render(
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter initialEntries={[path]}>
            <ArchiveByPodcast podcast="daily-show" name="Daily Show" />
            <Address />
          </MemoryRouter>
        </QueryClientProvider>,
      )
    }

    it('lists the year’s days from the part that holds them, a month of days at a time', async () => {
      const user = userEvent.setup()
      renderAt('/digests?podcast=daily-show&year=2024')
      expect(await screen.findByText(/70 episodes of/)).toBeTruthy()
      expect(screen.getByText(/in 2024, newest first/)).toBeTruthy()
      await expect.poll(() => dayLinks().length).toBe(30)
      expect(dayLinks()[0]?.textContent).toBe(formatDigestDay(dailyEpisode(70, 2024).date))
      expect(dayLinks().every((link) => link.textContent?.endsWith('2024'))).toBe(true)
      await user.click(screen.getByRole('button', { name: 'Show older digests' }))
      await expect.poll(() => dayLinks().length).toBe(60)
      await user.click(screen.getByRole('button', { name: 'Show older digests' }))
      await expect.poll(() => dayLinks().length).toBe(70)
      expect(screen.queryByRole('button', { name: 'Show older digests' })).toBeNull()
      expect(requested).toEqual(['podcasts/daily-show.json', 'podcasts/daily-show/1.json'])
    })

    it('keeps the year chosen in the address, and All years takes it out', async () => {
      const user = userEvent.setup()
      renderAt('/digests?podcast=daily-show')
      const select = await screen.findByRole('combobox', { name: 'Filter by year' })
      expect(screen.getByText(/in 110 digests, newest first/)).toBeTruthy()
      await user.selectOptions(select, '2024')
      await expect
        .poll(() => screen.getByRole('status', { name: 'address' }).textContent)
        .toBe('?podcast=daily-show&year=2024')
      expect(await screen.findByText(/in 2024, newest first/)).toBeTruthy()
      // The select stays (only the days are keyed by the year): focus is where the reader chose.
      expect(document.activeElement).toBe(select)
      await user.selectOptions(select, '')
      await expect
        .poll(() => screen.getByRole('status', { name: 'address' }).textContent)
        .toBe('?podcast=daily-show')
    })

    it('reads a year the podcast does not have as every year', async () => {
      renderAt('/digests?podcast=daily-show&year=2019')
      const select = await screen.findByRole('combobox', { name: 'Filter by year' })
      expect((select as HTMLSelectElement).value).toBe('')
      expect(screen.getByText(/in 110 digests, newest first/)).toBeTruthy()
    })
  })
})
