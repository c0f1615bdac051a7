// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorPanel } from './error-panel'
import { useKeptError } from './kept-failure'

afterEach(cleanup)

/** A data file whose every fetch is answered when the test says. */
function heldFile() {
  const file = {
    answer: null as null | { ok: () => void; fail: () => void },
    fetch: () =>
      new Promise<string>((resolve, reject) => {
        file.answer = { ok: () => resolve('The day'), fail: () => reject(new Error('offline')) }
      }),
  }
  return file
}

/** A whole page as the app's are: its panel, else its skeleton, else its content. */
function Page({ file }: { file: ReturnType<typeof heldFile> }) {
  const query = useQuery({ queryKey: ['day'], queryFn: file.fetch })
  const failed = useKeptError(query)
  if (failed) return <ErrorPanel {...failed} />
  if (!query.data) return <p role="status">Loading the day</p>
  return <h1>{query.data}</h1>
}

function renderPage(file: ReturnType<typeof heldFile>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <main id="main" tabIndex={-1}>
        <Page file={file} />
      </main>
    </QueryClientProvider>,
  )
}

describe('useKeptError', () => {
  it('keeps the panel, its alert and focus on its button while Try again fetches, until it fails again', async () => {
    const user = userEvent.setup()
    const file = heldFile()
    renderPage(file)
    await act(async () => file.answer?.fail())
    const alert = await screen.findByRole('alert')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    // The query forgot its error and fetches: the panel stays, saying so.
    const trying = screen.getByRole('button', { name: 'Trying again…' })
    expect(trying.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(trying)
    expect(screen.getByRole('alert')).toBe(alert)
    expect(screen.queryByRole('status')).toBeNull()
    // A press while it tries asks for nothing more.
    const asked = file.answer
    await user.click(trying)
    expect(file.answer).toBe(asked)

    await act(async () => file.answer?.fail())
    // The same alert, not a new one a screen reader hears again; focus stays.
    const again = await screen.findByRole('button', { name: 'Try again' })
    expect(screen.getByRole('alert')).toBe(alert)
    expect(document.activeElement).toBe(again)
  })

  it('hands focus to the page when Try again brings its data', async () => {
    const user = userEvent.setup()
    const file = heldFile()
    renderPage(file)
    await act(async () => file.answer?.fail())
    await user.click(await screen.findByRole('button', { name: 'Try again' }))
    await act(async () => file.answer?.ok())
    await screen.findByRole('heading', { name: 'The day' })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('main'))
  })

  it('shows no panel while the first fetch is on its way', () => {
    renderPage(heldFile())
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Loading the day')
  })
})
