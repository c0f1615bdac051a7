import {
  isLineWidth,
  isTextSize,
  type LineWidth,
  READING_SETTINGS_KEY,
  READING_SETTINGS_VERSION,
  type TextSize,
} from './reading-settings-values'

/** Root font size, as a factor of the browser's own: every rem of the app follows it. */
export const TEXT_SCALE: Record<TextSize, number> = { s: 0.9375, m: 1, l: 1.125, xl: 1.25 }

/**
 * The longest line of reading text. In rem, so it scales with the text size
 * and keeps the same number of characters per line (about 60, 70 and 85 for
 * body text); where the screen is narrower, the screen wins.
 */
export const LINE_MEASURE: Record<LineWidth, string> = {
  narrow: '32rem',
  medium: '38rem',
  wide: '46rem',
}

export interface AppliedSettings {
  textSize: TextSize
  lineWidth: LineWidth
}

const DEFAULTS: AppliedSettings = { textSize: 'm', lineWidth: 'medium' }

/**
 * Put the settings on <html>, where every page (and every feature) sees them:
 * CSS variables (`--reading-text-scale`, read by styles.css for the root font
 * size; `--reading-measure`, read by reading columns) and data attributes for
 * anything that wants to style by name. Set through the CSSOM, which the CSP's
 * `style-src 'self'` allows (a `style` attribute in markup it would refuse).
 */
export function applyReadingSettings(
  settings: AppliedSettings,
  root: HTMLElement = document.documentElement,
): void {
  root.style.setProperty('--reading-text-scale', String(TEXT_SCALE[settings.textSize]))
  root.style.setProperty('--reading-measure', LINE_MEASURE[settings.lineWidth])
  root.dataset.textSize = settings.textSize
  root.dataset.lineWidth = settings.lineWidth
}

/**
 * The stored text size and line width, read without the record store: this
 * runs on every page load, and the store (with its schema) loads only
 * with the settings panel and the pages that record reading. It accepts
 * exactly what the schema accepts (version 1, every field well-typed) and
 * otherwise falls back to the defaults, as the store would after setting the
 * value aside.
 */
export function storedAppliedSettings(read: () => string | null): AppliedSettings {
  let json: unknown
  try {
    const raw = read()
    if (raw === null) return DEFAULTS
    json = JSON.parse(raw)
  } catch {
    return DEFAULTS
  }
  if (typeof json !== 'object' || json === null) return DEFAULTS
  const textSize = 'textSize' in json ? json.textSize : undefined
  const lineWidth = 'lineWidth' in json ? json.lineWidth : undefined
  const flagsValid =
    'version' in json &&
    json.version === READING_SETTINGS_VERSION &&
    'markReadAtEnd' in json &&
    typeof json.markReadAtEnd === 'boolean' &&
    'keyPointsOnly' in json &&
    typeof json.keyPointsOnly === 'boolean'
  if (!flagsValid || !isTextSize(textSize) || !isLineWidth(lineWidth)) return DEFAULTS
  return { textSize, lineWidth }
}

/** Apply the stored settings now and whenever they change (this tab or another). */
export function followStoredReadingSettings(): () => void {
  const apply = () =>
    applyReadingSettings(
      storedAppliedSettings(() => window.localStorage.getItem(READING_SETTINGS_KEY)),
    )
  apply()
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === READING_SETTINGS_KEY) apply()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
