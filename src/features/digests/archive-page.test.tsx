// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveDataFiles } from '../../../test/support/serve-data-files'
import { createQueryClient } from '../../lib/query-client'
import type { EpisodeRef, MonthFile, PodcastFile, SiteIndex } from '../../schema/site-index'
import { Component as ArchivePage } from './archive-page'

// Five months of one digest each (three episodes a day is not needed to test
// paging): enough to fill the three-month window and page past it.
const MONTHS = ['2025-06', '2025-05', '2025-04', '2025-03', '2025-02']
const podcasts = [
  { slug: 'all-in-podcast', name: 'All-In Podcast' },
  { slug: 'chris-williamson', name: 'Chris Williamson' },
]

function ref(date: string, podcast: (typeof podcasts)[number]): EpisodeRef {
  return {
    date,
    slug: `${podcast.slug}-on-${date}`,
    podcast: podcast.name,
    podcastSlug: podcast.slug,
    title: `${podcast.name} on ${date}`,
    oneLine: null,
  }
}

const dayOf = (month: string) => `${month}-03`
const [allIn, chris] = podcasts as [(typeof podcasts)[number], (typeof podcasts)[number]]

const files: Record<string, SiteIndex | MonthFile | PodcastFile> = {
  'index.json': {
    version: 1,
    site: 'Digestly',
    latest: dayOf('2025-06'),
    digestCount: MONTHS.length,
    months: MONTHS.map((month) => ({ month, count: 1, dates: [dayOf(month)] })),
    podcasts: podcasts.map((p) => ({ ...p, episodeCount: MONTHS.length })),
    postCount: 0,
  },
  'podcasts/all-in-podcast.json': {
    slug: allIn.slug,
    name: allIn.name,
    episodes: MONTHS.map((month) => ref(dayOf(month), allIn)),
  },
}
for (const month of MONTHS) {
  files[`months/${month}.json`] = {
    month,
    digests: [
      {
        date: dayOf(month),
        title: `Digest of ${month} 🎙️`,
        episodes: [ref(dayOf(month), allIn), ref(dayOf(month), chris)],
      },
    ],
  }
}

let requested: string[]

beforeEach(() => {
  requested = serveDataFiles(files)
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function Address() {
  const { pathname, search } = useLocation()
  return <output aria-label="address">{pathname + search}</output>
}

function renderArchive(path = '/digests') {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/digests" element={<ArchivePage />} />
        </Routes>
        <Address />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

const monthHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
const address = () => screen.getByRole('status', { name: 'address' }).textContent

describe('the archive', () => {
  it('starts with the newest month only, and fetches no other month', async () => {
    renderArchive()
    expect(await screen.findByRole('link', { name: /^Digest of 2025-06/ })).toBeTruthy()
    expect(monthHeadings()).toEqual(['June 2025'])
    expect(screen.getByText('Tuesday, June 3, 2025')).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'All-In Podcast on 2025-06-03' }).getAttribute('href'),
    ).toBe('/digests/2025-06-03/all-in-podcast-on-2025-06-03')
    expect(requested.filter((path) => path.startsWith('months/'))).toEqual(['months/2025-06.json'])
  })

  it('adds one month per press, moves focus to it, and pages past three months by address', async () => {
    const user = userEvent.setup()
    renderArchive()
    await screen.findByRole('link', { name: /^Digest of 2025-06/ })

    await user.click(screen.getByRole('button', { name: 'Show older digests' }))
    expect(await screen.findByRole('link', { name: /^Digest of 2025-05/ })).toBeTruthy()
    expect(monthHeadings()).toEqual(['June 2025', 'May 2025'])
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'May 2025' }))

    await user.click(screen.getByRole('button', { name: 'Show older digests' }))
    await screen.findByRole('link', { name: /^Digest of 2025-04/ })
    // The window is full: no more growing, a link to the next window instead.
    expect(screen.queryByRole('button', { name: 'Show older digests' })).toBeNull()
    expect(screen.getAllByRole('article')).toHaveLength(3)
    const older = screen.getByRole('link', { name: 'Older digests →' })
    expect(older.getAttribute('href')).toBe('/digests?from=2025-03')

    await user.click(older)
    expect(address()).toBe('/digests?from=2025-03')
    expect(await screen.findByRole('link', { name: /^Digest of 2025-03/ })).toBeTruthy()
    expect(monthHeadings()).toEqual(['March 2025'])
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'March 2025' }))
    expect(screen.getByRole('link', { name: '← Newer digests' }).getAttribute('href')).toBe(
      '/digests?from=2025-06',
    )
  })

  it('filters by podcast from its own file, grouped by month and day, without reading months', async () => {
    const user = userEvent.setup()
    renderArchive()
    await screen.findByRole('link', { name: /^Digest of 2025-06/ })
    requested.length = 0

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by podcast' }),
      'All-In Podcast',
    )
    expect(address()).toBe('/digests?podcast=all-in-podcast')
    expect(await screen.findByText(/5 episodes of/)).toBeTruthy()
    expect(requested).toEqual(['podcasts/all-in-podcast.json'])
    expect(monthHeadings()).toEqual([
      'June 2025',
      'May 2025',
      'April 2025',
      'March 2025',
      'February 2025',
    ])
    const june = screen.getAllByRole('article')[0]
    if (!june) throw new Error('no digest shown')
    expect(
      within(june).getByRole('link', { name: 'Tuesday, June 3, 2025' }).getAttribute('href'),
      // The day opens filtered as the archive is.
    ).toBe('/digests/2025-06-03?podcast=all-in-podcast')
    expect(within(june).getByRole('link', { name: 'All-In Podcast on 2025-06-03' })).toBeTruthy()
    expect(screen.queryByText(/Chris Williamson on/)).toBeNull()
  })

  it('says so when the filter names a podcast the archive does not have, without a request', async () => {
    renderArchive('/digests?podcast=no-such-podcast')
    expect(
      await screen.findByText('No digest has covered a podcast called “no-such-podcast”.'),
    ).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Show every digest' }).getAttribute('href')).toBe(
      '/digests',
    )
    expect(requested).toEqual(['index.json'])
  })
})
