// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { lazySlot, slotsStarted } from './lazy-slot'

afterEach(cleanup)

function Greeting({ name }: { name: string }) {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Hello {name} {count}
    </button>
  )
}

describe('lazySlot', () => {
  it('shows its fallback until the chunk is in, then the component', async () => {
    let arrive: (component: typeof Greeting) => void = () => {}
    const Slot = lazySlot(
      () => new Promise<typeof Greeting>((resolve) => (arrive = resolve)),
      <p>Loading</p>,
    )
    await act(async () => render(<Slot name="Ada" />))
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => arrive(Greeting))
    expect(await screen.findByRole('button', { name: 'Hello Ada 0' })).toBeTruthy()
  })

  it('gives a fallback made from the props the component will get', async () => {
    let arrive: (component: typeof Greeting) => void = () => {}
    const Slot = lazySlot(
      () => new Promise<typeof Greeting>((resolve) => (arrive = resolve)),
      ({ name }: { name: string }) => <p>Loading {name}</p>,
    )
    await act(async () => render(<Slot name="Ada" />))
    expect(screen.getByText('Loading Ada')).toBeTruthy()
    await act(async () => arrive(Greeting))
    expect(await screen.findByRole('button', { name: 'Hello Ada 0' })).toBeTruthy()
  })

  it('renders at once, without its fallback, once slotsStarted has settled', async () => {
    const Slot = lazySlot(() => Promise.resolve(Greeting), <p>Loading</p>)
    await slotsStarted()
    // Synchronous: no act() needed for the component to be there.
    render(<Slot name="Grace" />)
    expect(screen.queryByText('Loading')).toBeNull()
    expect(screen.getByRole('button', { name: 'Hello Grace 0' })).toBeTruthy()
  })

  it('keeps the component’s state when its parent renders again', async () => {
    const Slot = lazySlot(() => Promise.resolve(Greeting), null)
    await slotsStarted()
    const { rerender } = render(<Slot name="Lin" />)
    await act(async () => screen.getByRole('button').click())
    rerender(<Slot name="Lin" />)
    expect(screen.getByRole('button', { name: 'Hello Lin 1' })).toBeTruthy()
  })

  it('lets a failed chunk reach the error boundary, and slotsStarted still settles', async () => {
    lazySlot(() => Promise.reject(new Error('chunk missing')), null)
    await expect(slotsStarted()).resolves.toBeDefined()
  })
})
