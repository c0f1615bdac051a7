// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CONTINUE_ROOM_KEY,
  noteContinueEntry,
  releaseContinueRoom,
  rememberContinueRoom,
} from './continue-room'
import { READING_SETTINGS_KEY } from './reading-settings-values'

// public/theme-init.js holds the room before the first paint from what the
// card remembered: both must read the hint the same way.
const themeInit = readFileSync(join(process.cwd(), 'public/theme-init.js'), 'utf8')

function heldBeforePaint(): string | null {
  const root = document.documentElement
  root.removeAttribute('style')
  root.removeAttribute('data-continue-room')
  delete root.dataset.textSize
  // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
  window.eval(themeInit)
  return 'continueRoom' in root.dataset ? root.style.getPropertyValue('--continue-room') : null
}

const here = () => ({ width: window.innerWidth, textSize: 'm' })

describe('the room held for "Continue where you left off"', () => {
  window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia
  beforeEach(() => localStorage.clear())
  afterEach(() => releaseContinueRoom())

  it('is as tall as the card last was, at this width and text size', () => {
    expect(heldBeforePaint()).toBeNull()
    rememberContinueRoom(131.6, here())
    expect(heldBeforePaint()).toBe('132px')
  })

  it('is not held at another width or text size', () => {
    rememberContinueRoom(132, { width: window.innerWidth + 1, textSize: 'm' })
    expect(heldBeforePaint()).toBeNull()
    rememberContinueRoom(132, { ...here(), textSize: 'xl' })
    expect(heldBeforePaint()).toBeNull()
    localStorage.setItem(
      READING_SETTINGS_KEY,
      JSON.stringify({
        version: 1,
        textSize: 'xl',
        lineWidth: 'medium',
        markReadAtEnd: false,
        keyPointsOnly: false,
      }),
    )
    expect(heldBeforePaint()).toBe('132px')
  })

  it('is not held once there is nothing to continue, and is again when there is', () => {
    rememberContinueRoom(132, here())
    noteContinueEntry(false)
    expect(heldBeforePaint()).toBeNull()
    noteContinueEntry(true)
    expect(heldBeforePaint()).toBe('132px')
  })

  it('knows no height before the card has shown: nothing is held', () => {
    noteContinueEntry(true)
    expect(localStorage.getItem(CONTINUE_ROOM_KEY)).toBeNull()
    expect(heldBeforePaint()).toBeNull()
  })

  it('is not held from a hint that is not one', () => {
    for (const raw of ['{not json', 'null', '[]', '{"has":true,"w":1024,"t":"m","h":"132"}']) {
      localStorage.setItem(CONTINUE_ROOM_KEY, raw)
      expect(heldBeforePaint()).toBeNull()
    }
  })

  it('is let go by the app', () => {
    rememberContinueRoom(132, here())
    heldBeforePaint()
    releaseContinueRoom()
    expect(document.documentElement.dataset.continueRoom).toBeUndefined()
    expect(document.documentElement.style.getPropertyValue('--continue-room')).toBe('')
  })

  it('is remembered and noted without failing when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    expect(() => rememberContinueRoom(132, here(), blocked)).not.toThrow()
    expect(() => noteContinueEntry(false, blocked)).not.toThrow()
  })
})
