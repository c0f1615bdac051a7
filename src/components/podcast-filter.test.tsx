// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { siteIndexQuery } from '../data/queries'
import { createQueryClient } from '../lib/query-client'
import type { SiteIndex } from '../schema/site-index'
import { PodcastFilter } from './podcast-filter'

const podcasts = [
  { slug: 'all-in-podcast', name: 'All-In Podcast' },
  { slug: 'chris-williamson', name: 'Chris Williamson' },
]

function Location() {
  const { search } = useLocation()
  return <output aria-label="search">{search}</output>
}

/** The site index names every podcast, also those this view does not list. */
const index: SiteIndex = {
  version: 1,
  site: 'Digestly',
  latest: null,
  digestCount: 0,
  months: [],
  podcasts: [
    ...podcasts.map((podcast) => ({ ...podcast, episodeCount: 1 })),
    { slug: 'the-daily', name: 'The Daily', episodeCount: 1 },
  ],
  postCount: 0,
}

function renderAt(path: string) {
  const client = createQueryClient()
  client.setQueryData(siteIndexQuery().queryKey, index)
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <PodcastFilter podcasts={podcasts} />
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return {
    select: screen.getByRole<HTMLSelectElement>('combobox', { name: 'Filter by podcast' }),
    search: () => screen.getByRole('status', { name: 'search' }).textContent,
  }
}

afterEach(cleanup)

describe('PodcastFilter', () => {
  it('offers All podcasts and one option per podcast', () => {
    const { select } = renderAt('/')
    expect([...select.options].map((option) => option.text)).toEqual([
      'All podcasts',
      'All-In Podcast',
      'Chris Williamson',
    ])
    expect(select.value).toBe('')
  })

  it('puts the chosen podcast in the URL, keeping other parameters, and removes it for All', async () => {
    const user = userEvent.setup()
    const { select, search } = renderAt('/digests?from=2025-01')
    await user.selectOptions(select, 'Chris Williamson')
    expect(search()).toBe('?from=2025-01&podcast=chris-williamson')
    expect(select.value).toBe('chris-williamson')
    await user.selectOptions(select, 'All podcasts')
    expect(search()).toBe('?from=2025-01')
  })

  it('reads the podcast from the URL', () => {
    expect(renderAt('/?podcast=all-in-podcast').select.value).toBe('all-in-podcast')
  })

  it('reads a malformed value as All podcasts instead of failing', () => {
    expect(renderAt('/?podcast=%3Cscript%3E').select.value).toBe('')
  })

  it('keeps a podcast this view does not list selected, by its name, so the URL stays true', () => {
    const { select } = renderAt('/?podcast=the-daily')
    expect(select.value).toBe('the-daily')
    expect(select.selectedOptions[0]?.text).toBe('The Daily')
  })

  it('never names a slug the site index does not know as a podcast', () => {
    const { select } = renderAt('/?podcast=bogus')
    expect(select.value).toBe('bogus')
    expect([...select.options].map((option) => option.text)).toEqual([
      'All podcasts',
      'Unknown podcast',
      'All-In Podcast',
      'Chris Williamson',
    ])
  })
})
