// What one paragraph of a commentary post is laid out as: a list item
// ("- …", "• …", "1. …"), a heading ("### …"), or text. Shared by the
// paragraph split, the quote's end and the blocks (post-structure.ts).

const UNORDERED = /^[-*•◦▪‣●]\s+(\S[\s\S]*)$/u
/** One to three digits: "2024. The year it changed." is a sentence, not item 2024. */
const ORDERED = /^(\d{1,3})[.)]\s+(\S[\s\S]*)$/u
const HEADING = /^#{1,6}\s+(\S[^#]*?)\s*#*$/u

type Line =
  | { kind: 'item'; ordered: boolean; number: number; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }

export function lineOf(text: string): Line {
  const heading = HEADING.exec(text)
  if (heading?.[1]) return { kind: 'heading', text: heading[1] }
  const ordered = ORDERED.exec(text)
  if (ordered?.[2])
    return { kind: 'item', ordered: true, number: Number(ordered[1]), text: ordered[2] }
  const unordered = UNORDERED.exec(text)
  if (unordered?.[1]) return { kind: 'item', ordered: false, number: 0, text: unordered[1] }
  return { kind: 'text', text }
}

/** A list item or a heading: the layout of an answer, not a sentence of prose. */
export function isLayoutLine(text: string): boolean {
  return lineOf(text).kind !== 'text'
}
