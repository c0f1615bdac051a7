// What one paragraph of a commentary post is laid out as: a list item
// ("- …", "• …", "1. …"), a heading ("### …"), or text. Shared by the
// paragraph split, the quote's end and the blocks (post-structure.ts).

/**
 * A list item's marker: a bullet, or one to three digits and "." or ")"
 * ("2024. The year it changed." is a sentence, not item 2024). Only the
 * start is matched, then sliced off: the quote's end asks of every paragraph
 * again as the quote grows, and a paragraph may be 1 MB.
 */
const ITEM_START = /^(?:[-*•◦▪‣●]|(\d{1,3})[.)])\s+(?=\S)/u
const HEADING_START = /^#{1,6}\s+(?=\S)/u

type Line =
  | { kind: 'item'; ordered: boolean; number: number; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }

export function lineOf(text: string): Line {
  const heading = headingText(text)
  if (heading) return { kind: 'heading', text: heading }
  const item = ITEM_START.exec(text)
  if (item) {
    const number = item[1]
    const rest = text.slice(item[0].length)
    return number === undefined
      ? { kind: 'item', ordered: false, number: 0, text: rest }
      : { kind: 'item', ordered: true, number: Number(number), text: rest }
  }
  return { kind: 'text', text }
}

/** A list item or a heading: the layout of an answer, not a sentence of prose. */
export function isLayoutLine(text: string): boolean {
  return lineOf(text).kind !== 'text'
}

/**
 * "### Key innovations ##" → "Key innovations", else null. By hand, not one
 * regex: a lazy title before optional closing marks backtracked over a run of
 * spaces (a 40,000-space line took 2.5 s; a paragraph may be 1 MB).
 */
function headingText(text: string): string | null {
  const start = HEADING_START.exec(text)
  if (!start) return null
  let title = text.slice(start[0].length).trimEnd()
  // Closing marks count only after a space ("C#" keeps its mark).
  let end = title.length
  while (end > 0 && title[end - 1] === '#') end--
  if (end < title.length && (end === 0 || /\s/.test(title[end - 1] ?? ''))) {
    title = title.slice(0, end).trimEnd()
  }
  return title || null
}
