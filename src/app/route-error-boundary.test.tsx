// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError } from '../lib/data-error'
import { RouteErrorBoundary } from './route-error-boundary'

function Page({ load }: { load: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: ['page'], queryFn: load })
  return <h1>{data}</h1>
}

function renderPage(load: () => Promise<string>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <RouteErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <Page load={load} />
          </Suspense>
        </RouteErrorBoundary>
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('RouteErrorBoundary', () => {
  it('shows a thrown data error with a Try again that refetches', async () => {
    // React logs caught render errors; they are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new DataError('http', '/data/index.json', 'Server Error', 500))
      .mockResolvedValue('The page')
    renderPage(load)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The server answered 500 for index.json.')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'The page' })).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('shows a thrown not-found data error as a not-found page with a way back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderPage(() => Promise.reject(new DataError('not-found', '/data/posts/x.json', 'Not found')))
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to the latest digest' })).toBeTruthy()
  })
})
