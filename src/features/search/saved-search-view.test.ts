// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { readSavedSearchView, saveSearchView } from './saved-search-view'

// react-router's own fields, as BrowserRouter writes them.
const routerState = { usr: { focusSearch: true }, key: 'abc123', idx: 2 }

beforeEach(() => window.history.replaceState(routerState, '', '/search?q=china'))

describe('saved search view', () => {
  it('is kept in the history entry beside the router state, which it leaves as it was', () => {
    expect(readSavedSearchView()).toBeNull()
    saveSearchView('abc123', { steps: 3, shown: 80 })
    expect(readSavedSearchView()).toEqual({ steps: 3, shown: 80 })
    expect(window.history.state).toMatchObject(routerState)
    expect(window.location.search).toBe('?q=china')
  })

  it('is not written into another entry (the reader already left the page)', () => {
    saveSearchView('an-older-key', { steps: 3, shown: 80 })
    expect(readSavedSearchView()).toBeNull()
  })

  it('is read from the first entry, which the router never keyed', () => {
    window.history.replaceState({ idx: 0 }, '')
    saveSearchView('default', { steps: 2, shown: 40 })
    expect(readSavedSearchView()).toEqual({ steps: 2, shown: 40 })
  })

  it('reads a malformed saved view as none', () => {
    for (const searchView of [null, 'x', { steps: 0, shown: 20 }, { steps: 1.5, shown: 20 }]) {
      window.history.replaceState({ ...routerState, searchView }, '')
      expect(readSavedSearchView(), JSON.stringify(searchView)).toBeNull()
    }
  })
})
