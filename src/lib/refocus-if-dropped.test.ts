// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { refocusIfDropped } from './refocus-if-dropped'

afterEach(() => {
  document.body.innerHTML = ''
})

const nextFrame = () => new Promise((resolve) => window.requestAnimationFrame(resolve))

describe('refocusIfDropped', () => {
  it('focuses the pick when focus fell to <body>', async () => {
    document.body.innerHTML = '<button id="next">Next</button>'
    refocusIfDropped(() => document.getElementById('next'))
    await nextFrame()
    expect(document.activeElement?.id).toBe('next')
  })

  it('leaves focus the reader moved elsewhere before the frame', async () => {
    document.body.innerHTML = '<button id="next">Next</button><button id="chosen">Chosen</button>'
    const pick = vi.fn(() => document.getElementById('next'))
    refocusIfDropped(pick)
    document.getElementById('chosen')?.focus()
    await nextFrame()
    expect(document.activeElement?.id).toBe('chosen')
    expect(pick).not.toHaveBeenCalled()
  })
})
