// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dailyEpisodes, serveDataFiles } from '../../../test/support/serve-data-files'
import { createQueryClient } from '../../lib/query-client'
import type { PodcastFile, PodcastPart } from '../../schema/site-index'
import { PodcastEpisodeList } from './podcast-episode-list'

const range = (from: number, to: number) => dailyEpisodes(from, to, 2024)

// 650 episodes: the newest 150 in the podcast's file, then two parts of 250.
const parts: Record<number, PodcastPart> = {
  1: { slug: 'daily-show', part: 1, episodes: range(1, 250) },
  2: { slug: 'daily-show', part: 2, episodes: range(251, 500) },
}
const file: PodcastFile = {
  slug: 'daily-show',
  name: 'Daily Show',
  episodes: range(501, 650),
  older: [2, 1].map((part) => {
    const list = parts[part]?.episodes ?? []
    return {
      part,
      count: list.length,
      digestCount: list.length,
      newest: list[0]?.date ?? '',
      oldest: list.at(-1)?.date ?? '',
    }
  }),
  years: [
    { year: '2025', count: 284 },
    { year: '2024', count: 366 },
  ],
  digestCount: 650,
}

const files: Record<string, PodcastPart> = Object.fromEntries(
  Object.values(parts).map((part) => [`podcasts/daily-show/${part.part}.json`, part]),
)

let requested: string[]
beforeEach(() => {
  requested = serveDataFiles(files)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '')
})

function renderList(year: string | null = null) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <PodcastEpisodeList file={file} year={year} />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

const titles = () => screen.getAllByRole('link').map((link) => link.textContent)

describe('PodcastEpisodeList', () => {
  it('shows the first hundred from the podcast’s file, and reads its newest part a page ahead', async () => {
    renderList()
    expect(titles()).toHaveLength(100)
    expect(titles()[0]).toBe('Episode 650')
    expect(screen.getByRole('button', { name: 'Show older episodes (550 more)' })).toBeTruthy()
    await expect.poll(() => requested).toEqual(['podcasts/daily-show/2.json'])
  })

  it('runs on into the older parts as the reader asks for more, fetching each once', async () => {
    const user = userEvent.setup()
    renderList()
    for (const more of [550, 450, 350]) {
      await user.click(screen.getByRole('button', { name: `Show older episodes (${more} more)` }))
    }
    await expect.poll(() => titles().length).toBe(400)
    expect(titles().at(-1)).toBe('Episode 251')
    await expect
      .poll(() => requested)
      .toEqual(['podcasts/daily-show/2.json', 'podcasts/daily-show/1.json'])
    expect(new Set(titles()).size).toBe(400)
  })

  it('shows a year from the parts that hold it only', async () => {
    renderList('2024')
    await expect.poll(() => titles().length).toBe(100)
    expect(titles()[0]).toBe('Episode 366')
    expect(screen.getByRole('button', { name: 'Show older episodes (266 more)' })).toBeTruthy()
    expect(requested.sort()).toEqual(['podcasts/daily-show/1.json', 'podcasts/daily-show/2.json'])
  })

  it('keeps how many rows are shown in the history entry, and shows as many when the entry is read again', async () => {
    const user = userEvent.setup()
    const { unmount } = renderList()
    await user.click(screen.getByRole('button', { name: 'Show older episodes (550 more)' }))
    await user.click(screen.getByRole('button', { name: 'Show older episodes (450 more)' }))
    await expect.poll(() => window.history.state?.['podcastRows:daily-show']).toBe(300)
    unmount()
    // Back to the entry: the rows the reader had opened, not the first page.
    renderList()
    await expect.poll(() => titles().length).toBe(300)
    expect(screen.getByRole('button', { name: 'Show older episodes (350 more)' })).toBeTruthy()
  })
})
