// Lists and headings in a commentary post. An assistant's answer, pasted into
// a post, is often laid out: "### Key innovations", "1. …", "- …". Read as
// paragraphs, their markers were printed as text, a list's short lines were
// joined into one paragraph, and a short item ended the quote, so the rest of
// the answer read as the author's own words. Each line is one paragraph by
// the time it gets here (commentary-paragraphs.ts keeps list lines apart).

import type { AnswerBlock, Paragraph } from '../schema/post'
import { lineOf } from './post-lines'
import { splitLabel } from './quote-voice'

/**
 * Paragraphs (one per source paragraph) as blocks: runs of list items of one
 * kind become a list, "### x" a heading. In an answer (`labelled`), a
 * paragraph led by "Label: " keeps its label, as before.
 */
export function structureBlocks(texts: readonly string[], labelled: boolean): AnswerBlock[] {
  const blocks: AnswerBlock[] = []
  for (const text of texts) {
    const line = lineOf(text)
    if (line.kind === 'heading') {
      blocks.push({ type: 'heading', text: line.text })
      continue
    }
    if (line.kind === 'item') {
      const last = blocks.at(-1)
      if (last?.type === 'list' && last.ordered === line.ordered) last.items.push(line.text)
      else
        blocks.push({
          type: 'list',
          ordered: line.ordered,
          start: line.ordered ? line.number : 1,
          items: [line.text],
        })
      continue
    }
    blocks.push(paragraphOf(text, labelled))
  }
  return blocks
}

function paragraphOf(text: string, labelled: boolean): Paragraph {
  const split = labelled ? splitLabel(text) : null
  return split
    ? { type: 'paragraph', text: split.text, label: split.label }
    : { type: 'paragraph', text, label: null }
}
