// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dailyEpisode, dailyEpisodes, serveDataFiles } from '../../../test/support/serve-data-files'
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
})

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
})
