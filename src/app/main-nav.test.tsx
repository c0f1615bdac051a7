// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { MainNav } from './main-nav'

afterEach(cleanup)

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <MainNav />
    </MemoryRouter>,
  )
  return screen.getByRole('button', { name: 'Menu' })
}

describe('MainNav', () => {
  it('names the five destinations and marks the current one', () => {
    renderAt('/commentary/some-post')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const names = ['Today', 'Archive', 'Podcasts', 'Commentary', 'Bookmarks']
    for (const name of names) expect(screen.getByRole('link', { name, hidden: true })).toBeTruthy()
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Commentary')
  })

  it('opens and closes the phone menu with its button and with Escape', async () => {
    const user = userEvent.setup()
    const menu = renderAt('/')
    expect(menu.getAttribute('aria-expanded')).toBe('false')
    await user.click(menu)
    expect(menu.getAttribute('aria-expanded')).toBe('true')
    await user.keyboard('{Escape}')
    expect(menu.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(menu)
    await user.click(menu)
    await user.click(menu)
    expect(menu.getAttribute('aria-expanded')).toBe('false')
  })

  it('closes when the reader follows a link', async () => {
    const user = userEvent.setup()
    const menu = renderAt('/')
    await user.click(menu)
    await user.click(screen.getByRole('link', { name: 'Archive' }))
    expect(menu.getAttribute('aria-expanded')).toBe('false')
  })
})
