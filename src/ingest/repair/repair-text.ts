import type { Repair } from '../../schema/report'

export interface RepairOptions {
  /** Named in every repair record. */
  file: string
  /** Emoji seen intact elsewhere in the document or archive: preferred when bytes were lost. */
  knownEmoji?: ReadonlySet<string>
}

export interface RepairResult {
  /** The repaired text. Line breaks are never added or removed, so line numbers stay valid. */
  text: string
  repairs: Repair[]
}

/** STUB: replaced by the real implementation (see docs/decisions). */
export function repairText(text: string, _options: RepairOptions): RepairResult {
  return { text, repairs: [] }
}
