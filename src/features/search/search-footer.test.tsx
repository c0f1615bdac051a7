// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SearchFooter } from './search-footer'

const quiet = {
  onShowMore: () => {},
  older: null,
  loadingOlder: false,
  onSearchOlder: () => {},
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
})
