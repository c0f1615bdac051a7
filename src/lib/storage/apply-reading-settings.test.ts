// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyReadingSettings, storedAppliedSettings } from './apply-reading-settings'
import { READING_SETTINGS_KEY } from './reading-settings-values'

// public/theme-init.js applies the stored text size and line width before
// the first paint, by hand (no modules there); the app applies them again
// with applyReadingSettings. Both must read a stored value the same way, or
// the page jumps when the app starts.
const themeInit = readFileSync(join(process.cwd(), 'public/theme-init.js'), 'utf8')

const valid = {
  version: 1,
  textSize: 'xl',
  lineWidth: 'wide',
  markReadAtEnd: false,
  keyPointsOnly: true,
}
const stored: (string | null)[] = [
  null,
  JSON.stringify(valid),
  JSON.stringify({ ...valid, textSize: 's', lineWidth: 'narrow' }),
  JSON.stringify({ ...valid, textSize: 'l', lineWidth: 'medium' }),
  JSON.stringify({ ...valid, version: 2 }),
  JSON.stringify({ ...valid, textSize: 'huge' }),
  JSON.stringify({ ...valid, textSize: 'toString' }),
  JSON.stringify({ ...valid, lineWidth: 'hasOwnProperty' }),
  JSON.stringify({ ...valid, keyPointsOnly: 'yes' }),
  JSON.stringify({ version: 1, textSize: 'xl', lineWidth: 'wide' }),
  JSON.stringify([valid]),
  'null',
  '{not json',
]

function appliedBy(run: () => void) {
  const root = document.documentElement
  root.removeAttribute('style')
  delete root.dataset.textSize
  delete root.dataset.lineWidth
  run()
  return {
    scale: root.style.getPropertyValue('--reading-text-scale') || '1',
    measure: root.style.getPropertyValue('--reading-measure') || '38rem',
    textSize: root.dataset.textSize ?? 'm',
    lineWidth: root.dataset.lineWidth ?? 'medium',
  }
}

describe('the settings applied before first paint', () => {
  window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia
  afterEach(() => localStorage.clear())

  it.each(stored)('match what the app applies for %s', (raw) => {
    if (raw === null) localStorage.removeItem(READING_SETTINGS_KEY)
    else localStorage.setItem(READING_SETTINGS_KEY, raw)
    // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
    const early = appliedBy(() => window.eval(themeInit))
    const app = appliedBy(() => applyReadingSettings(storedAppliedSettings(() => raw)))
    expect(early).toEqual(app)
  })

  it('apply the largest text size and widest line that were saved', () => {
    localStorage.setItem(READING_SETTINGS_KEY, JSON.stringify(valid))
    // biome-ignore lint/security/noGlobalEval: runs the public script as the page does
    expect(appliedBy(() => window.eval(themeInit))).toEqual({
      scale: '1.25',
      measure: '46rem',
      textSize: 'xl',
      lineWidth: 'wide',
    })
  })
})
