// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeAfterPaint } from './write-after-paint'

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  // Each test starts on a page being shown, not left.
  window.dispatchEvent(new Event('pageshow'))
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('writeAfterPaint', () => {
  it('writes after the next frame, not before, and once', () => {
    const write = vi.fn()
    writeAfterPaint(write)
    expect(write).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(write).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new Event('pagehide'))
    expect(write).toHaveBeenCalledTimes(1)
  })

  it('writes at once when the page is left or hidden before the frame', () => {
    const left = vi.fn()
    writeAfterPaint(left)
    window.dispatchEvent(new Event('pagehide'))
    expect(left).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new Event('pageshow'))

    const hidden = vi.fn()
    writeAfterPaint(hidden)
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(hidden).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(50)
    expect(hidden).toHaveBeenCalledTimes(1)
    expect(left).toHaveBeenCalledTimes(1)
  })

  it("writes at once when asked by another of the page's pagehide listeners", () => {
    const write = vi.fn()
    const onLeave = () => writeAfterPaint(write)
    window.addEventListener('pagehide', onLeave)
    window.dispatchEvent(new Event('pagehide'))
    window.removeEventListener('pagehide', onLeave)
    expect(write).toHaveBeenCalledTimes(1)
    // Back from the back-forward cache: after the paint again.
    window.dispatchEvent(new Event('pageshow'))
    const later = vi.fn()
    writeAfterPaint(later)
    expect(later).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(later).toHaveBeenCalledTimes(1)
  })

  it('writes at once in a hidden page, which may never paint again', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const write = vi.fn()
    writeAfterPaint(write)
    expect(write).toHaveBeenCalledTimes(1)
  })
})
