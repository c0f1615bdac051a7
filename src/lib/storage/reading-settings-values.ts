// The values of the reading settings without their schema, so the site
// header can apply stored settings on every page before first paint without
// shipping the validation code in the first bundle (apply-reading-settings.ts).

export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const

export type TextSize = (typeof TEXT_SIZES)[number]
export type LineWidth = (typeof LINE_WIDTHS)[number]

export const READING_SETTINGS_KEY = 'digest-reader:reading-settings'
export const READING_SETTINGS_VERSION = 1

export function isTextSize(value: unknown): value is TextSize {
  return TEXT_SIZES.some((size) => size === value)
}

export function isLineWidth(value: unknown): value is LineWidth {
  return LINE_WIDTHS.some((width) => width === value)
}
