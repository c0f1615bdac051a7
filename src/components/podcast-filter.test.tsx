// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { PodcastFilter } from './podcast-filter'

const podcasts = [
  { slug: 'all-in-podcast', name: 'All-In Podcast' },
  { slug: 'chris-williamson', name: 'Chris Williamson' },
]

function Location() {
  const { search } = useLocation()
  return <output aria-label="search">{search}</output>
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <PodcastFilter podcasts={podcasts} />
      <Location />
    </MemoryRouter>,
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

  it('keeps a well-formed podcast this view does not list selectable, so the URL stays true', () => {
    const { select } = renderAt('/?podcast=lex-fridman')
    expect(select.value).toBe('lex-fridman')
  })
})
