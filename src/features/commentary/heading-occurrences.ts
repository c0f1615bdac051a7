import type { Block, Heading } from '../../schema/post'

/** Which of the post's headings with the same text a heading is: 2 of 2. */
export interface Occurrence {
  n: number
  of: number
}

/**
 * For each heading whose text another heading of the post shares (two
 * "Conclusion"s, one the author's and one in a quoted answer), which of them
 * it is, in reading order, by anchor. Their copy-link buttons were both
 * "Copy link to “Conclusion”": a screen reader's list of buttons could not
 * tell them apart, though the ingest gave them distinct anchors.
 */
export function headingOccurrences(blocks: readonly Block[]): Map<string, Occurrence> {
  const headings: Heading[] = []
  for (const block of blocks) {
    if (block.type === 'heading') headings.push(block)
    else if (block.type === 'quote') {
      for (const inner of block.blocks) if (inner.type === 'heading') headings.push(inner)
    }
  }
  const byText = new Map<string, Heading[]>()
  for (const heading of headings) {
    if (!heading.id) continue
    const same = byText.get(heading.text)
    if (same) same.push(heading)
    else byText.set(heading.text, [heading])
  }
  const occurrences = new Map<string, Occurrence>()
  for (const same of byText.values()) {
    if (same.length < 2) continue
    same.forEach((heading, at) => {
      if (heading.id) occurrences.set(heading.id, { n: at + 1, of: same.length })
    })
  }
  return occurrences
}
