// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { readEntryField, writeEntryField } from './history-entry'

// react-router's own fields, as BrowserRouter writes them.
const routerState = { usr: { focusSearch: true }, key: 'abc123', idx: 2 }

beforeEach(() => window.history.replaceState(routerState, '', '/digests?from=2024-05'))

describe('history entry fields', () => {
  it('are kept beside the router state, which they leave as it was, and the address too', () => {
    expect(readEntryField('openSections')).toBeUndefined()
    writeEntryField('abc123', 'openSections', ['a', 'b'])
    writeEntryField('abc123', 'keptScroll', 900)
    expect(readEntryField('openSections')).toEqual(['a', 'b'])
    expect(window.history.state).toEqual({
      ...routerState,
      openSections: ['a', 'b'],
      keptScroll: 900,
    })
    expect(window.location.search).toBe('?from=2024-05')
  })

  it('are not written into another entry (a link was followed before the write)', () => {
    writeEntryField('an-older-key', 'keptScroll', 900)
    expect(window.history.state).toEqual(routerState)
  })

  it('are written into the first entry of a visit, which the router never keyed', () => {
    window.history.replaceState({ idx: 0 }, '')
    writeEntryField('default', 'keptScroll', 40)
    expect(window.history.state).toEqual({ idx: 0, keptScroll: 40 })
  })

  it('read nothing from no state', () => {
    window.history.replaceState(null, '')
    expect(readEntryField('keptScroll')).toBeUndefined()
  })
})
