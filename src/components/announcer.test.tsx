// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AnnouncerProvider, useAnnounce } from './announcer'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function Say({ message, untilDismissed }: { message: string; untilDismissed?: boolean }) {
  const announce = useAnnounce()
  return (
    <button type="button" onClick={() => announce(message, { untilDismissed })}>
      say
    </button>
  )
}

function sayOnce(message: string, untilDismissed?: boolean) {
  render(
    <AnnouncerProvider>
      <Say message={message} untilDismissed={untilDismissed} />
    </AnnouncerProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'say' }))
  act(() => {
    vi.advanceTimersByTime(20) // the frame that shows it
  })
}

describe('AnnouncerProvider', () => {
  it('shows a confirmation for a few seconds', () => {
    sayOnce('Link copied.')
    expect(screen.getByRole('status').textContent).toBe('Link copied.')
    act(() => {
      vi.advanceTimersByTime(6000)
    })
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('keeps a message to act on until the reader dismisses it', () => {
    sayOnce('Could not copy automatically. The link is https://example.org/a#b', true)
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.getByRole('status').textContent).toContain('https://example.org/a#b')
    // The button is not part of what the live region reads.
    expect(screen.getByRole('status').textContent).not.toContain('Dismiss')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.getByRole('status').textContent).toBe('')
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull()
  })
})
