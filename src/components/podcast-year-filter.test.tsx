// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import {
  PodcastYearFilter,
  parseYearParam,
  usePodcastYearFilter,
  yearOffered,
} from './podcast-year-filter'

afterEach(cleanup)

describe('parseYearParam', () => {
  it('reads a year, and anything else as every year', () => {
    expect(parseYearParam(new URLSearchParams('year=2024'))).toBe('2024')
    for (const query of ['', 'year=', 'year=24', 'year=2024-05', 'year=<b>'])
      expect(parseYearParam(new URLSearchParams(query)), query).toBeNull()
  })
})

const years = [
  { year: '2026', count: 12 },
  { year: '2025', count: 1234 },
]

describe('yearOffered', () => {
  it('is the year chosen when the podcast has episodes in it, else every year', () => {
    expect(yearOffered(years, '2025')).toBe('2025')
    expect(yearOffered(years, '1999')).toBeNull()
    expect(yearOffered(years, null)).toBeNull()
    expect(yearOffered([], '2025')).toBeNull()
  })
})

/** The filter as the podcast page wires it, with the address beside it. */
function Page() {
  const [year, choose] = usePodcastYearFilter()
  const { search } = useLocation()
  return (
    <>
      <PodcastYearFilter years={years} value={year} onChange={choose} shown={year ? 1234 : 1246} />
      <output aria-label="address">{search}</output>
    </>
  )
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Page />
    </MemoryRouter>,
  )
  return {
    select: screen.getByRole('combobox', { name: 'Filter by year' }),
    address: () => screen.getByRole('status', { name: 'address' }).textContent,
  }
}

describe('PodcastYearFilter', () => {
  it('writes the year chosen into the address, says how many episodes it holds, and All years removes it', async () => {
    const user = userEvent.setup()
    const { select, address } = renderAt('/podcasts/all-in-podcast')
    // Already there, empty: a status that comes with its text is often not announced.
    const status = screen.getByRole('status', { name: '' })
    expect(status.textContent).toBe('')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All years',
      '2026 (12)',
      '2025 (1,234)',
    ])
    await user.selectOptions(select, '2025')
    expect(address()).toBe('?year=2025')
    expect(status.textContent).toBe('1,234 episodes in 2025')
    await user.selectOptions(select, 'All years')
    expect(address()).toBe('')
    expect(status.textContent).toBe('')
  })

  it('is not offered for a podcast whose episodes fall in one year', () => {
    render(
      <MemoryRouter>
        <PodcastYearFilter
          years={[{ year: '2026', count: 12 }]}
          value={null}
          onChange={() => {}}
          shown={12}
        />
      </MemoryRouter>,
    )
    expect(screen.queryByRole('combobox')).toBeNull()
  })
})
