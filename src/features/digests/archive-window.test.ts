import { describe, expect, it } from 'vitest'
import { archiveWindow, MAX_MONTHS } from './archive-window'

const months = ['2025-06', '2025-05', '2025-04', '2025-03', '2025-02', '2025-01', '2024-12']

describe('archiveWindow', () => {
  it('starts at the newest month and grows up to the window', () => {
    expect(archiveWindow(months, null, 1)).toEqual({
      months: ['2025-06'],
      newer: null,
      older: null,
    })
    const full = archiveWindow(months, null, 99)
    expect(full.months).toHaveLength(MAX_MONTHS)
    expect(full.older).toBe('2025-03')
  })

  it('moves the window with ?from= and links back to newer months', () => {
    const window = archiveWindow(months, '2025-03', MAX_MONTHS)
    expect(window.months).toEqual(['2025-03', '2025-02', '2025-01'])
    expect(window.newer).toBe('2025-06')
    expect(window.older).toBe('2024-12')
  })

  it('reads an unknown ?from= as the newest month', () => {
    expect(archiveWindow(months, '1999-01', 1).months).toEqual(['2025-06'])
  })
})
