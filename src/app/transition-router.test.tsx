// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Link, useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { TransitionRouter } from './transition-router'

function Address() {
  const { pathname, search } = useLocation()
  return <output aria-label="address">{pathname + search}</output>
}

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '/')
})

describe('TransitionRouter', () => {
  it('tells of a new address as the move starts, before the page at it renders', async () => {
    // The archive's podcast filter only changes the address: its file was
    // asked for by the filtered view, once rendered and committed.
    const told: string[] = []
    render(
      <TransitionRouter
        onNavigate={({ pathname, search }) =>
          told.push(`${pathname + search} while showing ${screen.getByRole('status').textContent}`)
        }
      >
        <Address />
        <Link to="/digests?podcast=all-in-podcast">All-In Podcast</Link>
      </TransitionRouter>,
    )
    await userEvent.click(screen.getByRole('link', { name: 'All-In Podcast' }))
    expect(await screen.findByText('/digests?podcast=all-in-podcast')).toBeTruthy()
    expect(told).toEqual(['/digests?podcast=all-in-podcast while showing /'])
  })
})
