// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SearchFooter } from './search-footer'

const quiet = {
  onShowMore: () => {},
  older: null,
  loadingOlder: false,
  onSearchOlder: () => {},
  onSearchAll: null,
  olderFailed: null,
}

afterEach(cleanup)

/** The paragraph reading `text` whole (its dates are <time> elements within it). */
const paragraph = (text: string) =>
  screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text)

describe('SearchFooter', () => {
  it('names the one day searched once, not as a range from it to itself', () => {
    render(
      <SearchFooter
        {...quiet}
        shown={1}
        total={1}
        covered={{ from: '2025-02-03', to: '2025-02-03' }}
      />,
    )
    expect(paragraph('Searched the whole archive: the digest of February 3, 2025.')).toBeTruthy()
  })

  it('names the range of several days', () => {
    render(
      <SearchFooter
        {...quiet}
        shown={1}
        total={1}
        covered={{ from: '2025-01-20', to: '2025-02-03' }}
      />,
    )
    expect(
      paragraph('Searched the whole archive: digests from January 20, 2025 to February 3, 2025.'),
    ).toBeTruthy()
  })

  it('writes large counts as the status does, with separators', () => {
    render(<SearchFooter {...quiet} shown={20} total={138482} covered={null} />)
    expect(screen.getByText('Showing 20 of 138,482')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Show more results' })).toBeTruthy()
  })

  it('says the whole archive is searched only once its last step has arrived', () => {
    const { rerender } = render(
      <SearchFooter
        {...quiet}
        shown={20}
        total={20}
        loadingOlder
        covered={{ from: '2008-07-01', to: '2026-11-23' }}
      />,
    )
    expect(paragraph('Searched digests from July 1, 2008 to November 23, 2026.')).toBeTruthy()
    const busy = screen.getByRole('button', { name: 'Searching older digests…' })
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    rerender(
      <SearchFooter
        {...quiet}
        shown={20}
        total={20}
        covered={{ from: '1999-07-01', to: '2026-11-23' }}
      />,
    )
    expect(
      paragraph('Searched the whole archive: digests from July 1, 1999 to November 23, 2026.'),
    ).toBeTruthy()
    expect(screen.queryByRole('button', { name: /older digests/ })).toBeNull()
  })

  it('offers the whole archive beside the next step, and keeps focus on the step that says it is searching', async () => {
    const older = { id: '2024-03', from: '2024-03-01', to: '2024-03-31', docs: 10, bytes: 1000 }
    const onSearchAll = vi.fn()
    const props = {
      ...quiet,
      shown: 20,
      total: 40,
      covered: { from: '2024-04-01', to: '2024-05-01' },
    }
    const { rerender } = render(<SearchFooter {...props} older={older} onSearchAll={onSearchAll} />)
    await userEvent.click(screen.getByRole('button', { name: 'Search the whole archive' }))
    expect(onSearchAll).toHaveBeenCalledOnce()
    rerender(<SearchFooter {...props} older={older} loadingOlder onSearchAll={null} />)
    expect(screen.queryByRole('button', { name: 'Search the whole archive' })).toBeNull()
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Searching older digests…' }),
    )

    // The last step in: nothing older, the button goes, and focus lands on what it brought.
    rerender(<SearchFooter {...props} />)
    expect(document.activeElement).toBe(
      paragraph('Searched the whole archive: digests from April 1, 2024 to May 1, 2024.'),
    )
  })
})
