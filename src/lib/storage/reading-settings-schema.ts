import * as v from 'valibot'
import { LINE_WIDTHS, READING_SETTINGS_VERSION, TEXT_SIZES } from './reading-settings-values'

export { LINE_WIDTHS, READING_SETTINGS_VERSION, TEXT_SIZES }

/** The reader's comfort settings: preferences, not progress (so not part of the data export). */
export const readingSettingsSchema = v.object({
  version: v.literal(READING_SETTINGS_VERSION),
  textSize: v.picklist(TEXT_SIZES),
  lineWidth: v.picklist(LINE_WIDTHS),
  /** Off by default: opening or scrolling a page never marks it read unless the reader asks. */
  markReadAtEnd: v.boolean(),
  /** Episode pages show title, key points and section titles only. */
  keyPointsOnly: v.boolean(),
})

export type ReadingSettings = v.InferOutput<typeof readingSettingsSchema>
export type { LineWidth, TextSize } from './reading-settings-values'

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  version: READING_SETTINGS_VERSION,
  textSize: 'm',
  lineWidth: 'medium',
  markReadAtEnd: false,
  keyPointsOnly: false,
}
