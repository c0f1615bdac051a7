// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyReadingSettings, storedAppliedSettings } from './apply-reading-settings'
import { DEFAULT_READING_SETTINGS } from './reading-settings-schema'
import { createReadingSettingsStore, READING_SETTINGS_KEY } from './reading-settings-store'
import type { RecordStoreDeps } from './record-store'

const deps = (): RecordStoreDeps => ({
  storage: () => window.localStorage,
  now: () => 1,
  events: window,
})

beforeEach(() => window.localStorage.clear())
afterEach(() => window.localStorage.clear())

describe('reading settings', () => {
  it('default to medium text, medium lines, nothing marked read by scrolling', () => {
    expect(createReadingSettingsStore(deps()).getSnapshot().value).toEqual({
      version: 1,
      textSize: 'm',
      lineWidth: 'medium',
      markReadAtEnd: false,
      keyPointsOnly: false,
    })
  })

  it('persist a change, and ignore one that changes nothing', () => {
    const store = createReadingSettingsStore(deps())
    store.set({ textSize: 'xl', keyPointsOnly: true })
    expect(createReadingSettingsStore(deps()).getSnapshot().value).toMatchObject({
      textSize: 'xl',
      keyPointsOnly: true,
    })
    const before = store.getSnapshot()
    store.set({ textSize: 'xl' })
    expect(store.getSnapshot()).toBe(before)
  })

  it('set an unknown size aside and fall back to the defaults', () => {
    window.localStorage.setItem(
      READING_SETTINGS_KEY,
      JSON.stringify({ ...DEFAULT_READING_SETTINGS, textSize: 'huge' }),
    )
    const snapshot = createReadingSettingsStore(deps()).getSnapshot()
    expect(snapshot.value).toEqual(DEFAULT_READING_SETTINGS)
    expect(snapshot.corruptCopies).toHaveLength(1)
  })

  it('are applied to <html> as CSS variables and data attributes', () => {
    const root = document.createElement('html')
    applyReadingSettings({ textSize: 'l', lineWidth: 'narrow' }, root)
    expect(root.style.getPropertyValue('--reading-text-scale')).toBe('1.125')
    expect(root.style.getPropertyValue('--reading-measure')).toBe('32rem')
    expect(root.dataset.textSize).toBe('l')
    expect(root.dataset.lineWidth).toBe('narrow')
  })

  it('are read for <html> without the store, accepting exactly what the schema accepts', () => {
    const store = createReadingSettingsStore(deps())
    store.set({ textSize: 'xl', lineWidth: 'wide' })
    const read = () => window.localStorage.getItem(READING_SETTINGS_KEY)
    expect(storedAppliedSettings(read)).toEqual({ textSize: 'xl', lineWidth: 'wide' })
    const defaults = { textSize: 'm', lineWidth: 'medium' }
    for (const raw of [
      null,
      'not json',
      '[]',
      JSON.stringify({ ...DEFAULT_READING_SETTINGS, textSize: 'huge' }),
      JSON.stringify({ ...DEFAULT_READING_SETTINGS, textSize: 'xl', version: 2 }),
      JSON.stringify({ ...DEFAULT_READING_SETTINGS, textSize: 'xl', keyPointsOnly: 'yes' }),
    ]) {
      expect(storedAppliedSettings(() => raw)).toEqual(defaults)
      // ...the same values the store falls back to.
      if (raw !== null) {
        window.localStorage.setItem(READING_SETTINGS_KEY, raw)
        const { textSize, lineWidth } = createReadingSettingsStore(deps()).getSnapshot().value
        expect({ textSize, lineWidth }).toEqual(defaults)
      }
    }
    expect(
      storedAppliedSettings(() => {
        throw new DOMException('blocked', 'SecurityError')
      }),
    ).toEqual(defaults)
  })
})
