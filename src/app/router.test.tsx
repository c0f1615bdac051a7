// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../lib/query-client'
import { AppRoutes } from './router'

function renderAt(path: string) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('routing', () => {
  it('sends an unknown address to a not-found page with a way back', async () => {
    renderAt('/no/such/page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'Back to the latest digest' }).getAttribute('href'),
    ).toBe('/')
  })

  it('treats a malformed digest date as not found without asking for its file', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }))
    vi.stubGlobal('fetch', fetch)
    renderAt('/digests/not-a-date')
    expect(await screen.findByRole('heading', { level: 1, name: 'Digest not found' })).toBeTruthy()
    const urls = fetch.mock.calls.map((call: unknown[]) => String(call[0]))
    expect(urls.filter((url) => url.includes('/digests/'))).toEqual([])
  })

  it.each([
    ['/commentary/no-such-post', 'Post not found'],
    ['/podcasts/no-such-podcast', 'Podcast not found'],
    ['/digests/1999-01-01', 'Digest not found'],
  ])('maps a 404 data file at %s to the not-found page of that kind', async (path, heading) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    )
    renderAt(path)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy()
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0)
  })
})
