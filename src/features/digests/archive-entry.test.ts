// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { keepInArchiveEntry, readArchiveEntry } from './archive-entry'

afterEach(() => window.history.replaceState(null, ''))

describe('readArchiveEntry', () => {
  it('reads the months shown', () => {
    expect(readArchiveEntry({ archiveShown: 3, other: true })).toEqual({ archiveShown: 3 })
  })

  it('reads no state, another page’s state or nonsense as nothing kept', () => {
    for (const state of [null, undefined, 'x', { archiveShown: '3' }, { archiveShown: -1 }]) {
      expect(readArchiveEntry(state)).toEqual({ archiveShown: undefined })
    }
  })
})

describe('keepInArchiveEntry', () => {
  it('merges into the router’s state of the current entry, keeping its key', () => {
    window.history.replaceState({ usr: { archiveWindowMoved: true }, key: 'abc', idx: 2 }, '')
    keepInArchiveEntry('abc', { archiveShown: 2 })
    expect(window.history.state).toEqual({
      usr: { archiveWindowMoved: true, archiveShown: 2 },
      key: 'abc',
      idx: 2,
    })
  })

  it('writes nothing once another entry is current (a link was followed)', () => {
    window.history.replaceState({ usr: null, key: 'next', idx: 3 }, '')
    keepInArchiveEntry('abc', { archiveShown: 2 })
    expect(window.history.state).toEqual({ usr: null, key: 'next', idx: 3 })
  })

  it('knows the first entry of a visit by the router’s default key', () => {
    window.history.replaceState({ idx: 0 }, '')
    keepInArchiveEntry('default', { archiveShown: 2 })
    expect(window.history.state).toEqual({ idx: 0, usr: { archiveShown: 2 } })
  })
})
