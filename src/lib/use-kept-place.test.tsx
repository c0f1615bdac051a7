// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useKeptScroll } from './use-kept-place'

function Page({ ready }: { ready: boolean }) {
  const returning = useKeptScroll('default', ready)
  return <p>{returning ? 'rows, and the place still to come' : 'rows'}</p>
}

const renderPage = (ready: boolean) =>
  render(
    <MemoryRouter>
      <Page ready={ready} />
    </MemoryRouter>,
  )

let scrollTo: ReturnType<typeof vi.fn>
beforeEach(() => {
  // Back (or a reload) to an entry left 57,000 px down a long podcast's list.
  window.history.replaceState({ keptScroll: 57_000 }, '')
  scrollTo = vi.fn()
  vi.stubGlobal('scrollTo', scrollTo)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '')
})

describe('useKeptScroll', () => {
  it('puts the kept place back once the page is ready', () => {
    const { rerender } = renderPage(false)
    expect(scrollTo).not.toHaveBeenCalled()
    rerender(
      <MemoryRouter>
        <Page ready />
      </MemoryRouter>,
    )
    expect(scrollTo).toHaveBeenCalledWith(0, 57_000)
  })

  it.each([
    ['turns the wheel', () => fireEvent.wheel(window)],
    ['presses a key (Home, Page Down)', () => fireEvent.keyDown(document.body, { key: 'Home' })],
    ['touches the page', () => fireEvent.touchMove(document.body)],
    ['clicks in the page', () => fireEvent.pointerDown(document.body)],
  ])('leaves the reader where they are when they scroll first: %s', (_, scroll) => {
    // The rows it needs come seconds later (a podcast's older part): the
    // reader has started reading elsewhere meanwhile, and was yanked away.
    const { rerender } = renderPage(false)
    scroll()
    rerender(
      <MemoryRouter>
        <Page ready />
      </MemoryRouter>,
    )
    expect(scrollTo).not.toHaveBeenCalled()
  })

  it('is not given up for a modifier key alone (Alt of Alt+Left, the Back that came here)', () => {
    const { rerender } = renderPage(false)
    fireEvent.keyDown(document.body, { key: 'Alt' })
    rerender(
      <MemoryRouter>
        <Page ready />
      </MemoryRouter>,
    )
    expect(scrollTo).toHaveBeenCalledWith(0, 57_000)
  })

  it('is not given up by Try again on the failure it waits on: that asks for the place', () => {
    const { rerender } = renderPage(false)
    const panel = document.createElement('div')
    panel.setAttribute('data-keeps-place', '')
    const tryAgain = panel.appendChild(document.createElement('button'))
    document.body.append(panel)
    fireEvent.pointerDown(tryAgain)
    fireEvent.keyDown(tryAgain, { key: 'Enter' })
    rerender(
      <MemoryRouter>
        <Page ready />
      </MemoryRouter>,
    )
    panel.remove()
    expect(scrollTo).toHaveBeenCalledWith(0, 57_000)
  })

  it('says a kept place is waiting for the page until it is back there, or given up', () => {
    const { rerender } = renderPage(false)
    expect(screen.getByText('rows, and the place still to come')).toBeTruthy()
    rerender(
      <MemoryRouter>
        <Page ready />
      </MemoryRouter>,
    )
    expect(screen.getByText('rows')).toBeTruthy()
    cleanup()

    renderPage(false)
    act(() => {
      fireEvent.wheel(window)
    })
    expect(screen.getByText('rows')).toBeTruthy()
  })

  it('says nothing is waiting on a new visit, which keeps no place', () => {
    window.history.replaceState(null, '')
    renderPage(false)
    expect(screen.getByText('rows')).toBeTruthy()
  })
})
