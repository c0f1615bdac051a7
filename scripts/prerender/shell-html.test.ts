// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { emptyShell, paintedShell, ROOT } from './shell-html'

const SHELL = `<!doctype html><html><head><title>Digest Reader</title></head><body>${ROOT}</body></html>`
const FRAME = '<div><header><a href="/">Digest Reader</a></header><main>Loading</main></div>'

describe('paintedShell', () => {
  const painted = paintedShell(SHELL, FRAME)

  it('puts the frame in #root, inert until the app has rendered', () => {
    const root = new DOMParser().parseFromString(painted, 'text/html').getElementById('root')
    const frame = root?.querySelector('[inert]')
    expect(frame?.innerHTML).toBe(FRAME)
    expect(frame?.parentElement).toBe(root)
  })

  it('tells a reader without JavaScript which pages read without it, outside the inert frame', () => {
    const root = new DOMParser().parseFromString(painted, 'text/html').getElementById('root')
    const notice = root?.querySelector(':scope > noscript')
    expect(notice?.textContent).toContain('This page needs JavaScript')
    // DOMParser runs no script, so it reads <noscript> as a reader without JavaScript would.
    const links = [...(notice?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['/', '/digests', '/podcasts', '/commentary'])
  })

  it('can be undone, and painting again does not stack frames', () => {
    expect(emptyShell(painted)).toBe(SHELL)
    expect(paintedShell(painted, FRAME)).toBe(painted)
    expect(emptyShell(SHELL)).toBe(SHELL)
  })

  it('refuses a shell without an empty #root rather than write a broken one', () => {
    expect(() => paintedShell('<html><body><div id="app"></div></body></html>', FRAME)).toThrow(
      /no empty <div id="root">/,
    )
  })
})
