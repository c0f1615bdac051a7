// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { prefetchOnIntent } from './prefetch-on-intent'
import type { Address } from './preload-address'

let stop: () => void = () => {}
type Preload = (address: Address) => void
let preload: ReturnType<typeof vi.fn<Preload>>

beforeEach(() => {
  preload = vi.fn<Preload>()
  stop = prefetchOnIntent(preload)
  document.body.innerHTML = `
    <a href="/digests/2025-01-30/deep-seek"><span>An episode</span></a>
    <a href="/digests/2025-01-30/deep-seek#strategy">Its section</a>
    <a href="/digests?podcast=all-in-podcast">The podcast in the archive</a>
    <a href="/feed.atom">Feed</a>
    <a href="/digests/2025-01-29" target="_blank">Another tab</a>
    <a href="https://example.org/digests/2025-01-28">Elsewhere</a>`
})

afterEach(() => {
  stop()
  document.body.innerHTML = ''
})

const link = (name: string) =>
  [...document.querySelectorAll('a')].find((a) => a.textContent === name) as HTMLAnchorElement
const over = (element: Element) =>
  element.dispatchEvent(new Event('pointerover', { bubbles: true }))

describe('prefetchOnIntent', () => {
  it('loads the page a link leads to when the pointer comes over it (or over its text)', () => {
    over(link('An episode').querySelector('span') as Element)
    expect(preload).toHaveBeenCalledWith({ pathname: '/digests/2025-01-30/deep-seek', search: '' })
  })

  it('also on a touch and on keyboard focus, once per page', () => {
    link('An episode').dispatchEvent(new Event('touchstart', { bubbles: true }))
    link('An episode').focus()
    over(link('Its section'))
    expect(preload).toHaveBeenCalledTimes(1)
    link('Another tab').removeAttribute('target')
    link('Another tab').focus()
    expect(preload).toHaveBeenLastCalledWith({ pathname: '/digests/2025-01-29', search: '' })
  })

  it('passes on the link’s query string: the archive filtered by podcast loads that podcast’s file', () => {
    window.history.replaceState(null, '', '/digests')
    over(link('The podcast in the archive'))
    expect(preload).toHaveBeenCalledWith({
      pathname: '/digests',
      search: '?podcast=all-in-podcast',
    })
    window.history.replaceState(null, '', '/')
  })

  it('leaves links the app does not open: files, other tabs, other sites', () => {
    for (const name of ['Feed', 'Another tab', 'Elsewhere']) over(link(name))
    expect(preload).not.toHaveBeenCalled()
  })

  it('leaves a link to the page the reader is on', () => {
    window.history.replaceState(null, '', '/digests/2025-01-30/deep-seek')
    over(link('Its section'))
    expect(preload).not.toHaveBeenCalled()
    window.history.replaceState(null, '', '/')
  })

  it('listens once however often it is started', () => {
    const again = vi.fn<Preload>()
    expect(prefetchOnIntent(again)).toBe(stop)
    over(link('An episode'))
    expect(preload).toHaveBeenCalledTimes(1)
    expect(again).not.toHaveBeenCalled()
  })

  it('stops listening when told to', () => {
    stop()
    over(link('An episode'))
    expect(preload).not.toHaveBeenCalled()
  })
})
