// Paragraphs of a commentary post. Two layouts occur: one paragraph per line
// (the seed), and blank-line-separated blocks, whose lines may be hard
// wrapped. A block is read as wrapped text only when it looks wrapped.

import { parseDateLine } from './parse-date'
import { isLayoutLine } from './post-lines'

export interface SourceParagraph {
  /** 1-based line where the paragraph starts. */
  line: number
  text: string
}

const WRAP_WIDTH = 100
/** Longer lines are never a date: a 1 MB line is not copied to find out. */
const MAX_DATE_LINE = 60
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/

export function splitParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = []
  // Without any blank line between paragraphs, every line is a paragraph.
  const blankSeparated = /\S[^\S\n]*\n[^\S\n]*\n\s*\S/.test(text)
  let block: SourceParagraph[] = []
  const flush = (): void => {
    if (block.length === 0) return
    if (blankSeparated && looksWrapped(block)) {
      out.push({ line: block[0]?.line ?? 1, text: block.map((l) => l.text).join(' ') })
    } else out.push(...block)
    block = []
  }
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim()
    if (t === '') flush()
    else if (t.length <= MAX_DATE_LINE && parseDateLine(t) !== null) {
      // A date ("Feb 5, 2025" under the title) is a paragraph of its own,
      // never a wrapped line: joined, it was lost in the title and the slug.
      flush()
      out.push({ line: i + 1, text: t })
    } else block.push({ line: i + 1, text: t })
  })
  flush()
  return out
}

/**
 * Hard-wrapped: every line but the last is short, and most of them stop
 * mid-sentence. Lines that each end a sentence are separate paragraphs.
 */
function looksWrapped(block: readonly SourceParagraph[]): boolean {
  if (block.length < 2) return false
  // A list's items (or a heading over it) stop mid-sentence too, but each is
  // its own line: joined, "- a - b - c" read as one paragraph.
  if (block.some((l) => isLayoutLine(l.text))) return false
  const inner = block.slice(0, -1)
  if (inner.some((l) => l.text.length > WRAP_WIDTH)) return false
  const midSentence = inner.filter((l) => !ENDS_SENTENCE.test(l.text)).length
  return midSentence * 2 >= inner.length
}
