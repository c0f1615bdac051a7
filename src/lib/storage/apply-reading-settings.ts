import type { LineWidth, ReadingSettings, TextSize } from './reading-settings-schema'

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

/**
 * Put the settings on <html>, where every page (and every feature) sees them:
 * CSS variables (`--reading-text-scale`, read by styles.css for the root font
 * size; `--reading-measure`, read by reading columns) and data attributes for
 * anything that wants to style by name. Set through the CSSOM, which the CSP's
 * `style-src 'self'` allows (a `style` attribute in markup it would refuse).
 */
export function applyReadingSettings(
  settings: Pick<ReadingSettings, 'textSize' | 'lineWidth'>,
  root: HTMLElement = document.documentElement,
): void {
  root.style.setProperty('--reading-text-scale', String(TEXT_SCALE[settings.textSize]))
  root.style.setProperty('--reading-measure', LINE_MEASURE[settings.lineWidth])
  root.dataset.textSize = settings.textSize
  root.dataset.lineWidth = settings.lineWidth
}
