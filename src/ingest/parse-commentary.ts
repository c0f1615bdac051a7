import type { Block, Paragraph, Post } from '../schema/post'
import type { Issue } from '../schema/report'
import { firstSentence, type SourceParagraph, splitParagraphs } from './commentary-paragraphs'
import { checkPostEnd } from './cut-short'
import { warning } from './issues'
import { parseDateLine } from './parse-date'
import { authorResumes, findQuoteIntro, splitLabel } from './quote-voice'
import { slugify } from './slug'
import { topicDisplays } from './topics'

/** Longer opening lines are paragraphs; the title is then their first sentence. */
const MAX_TITLE_LINE = 140
/** A stated date is looked for among the first few paragraphs only. */
const DATE_WINDOW = 3

/**
 * A commentary post. Decision on quote intros: the sentence that introduces
 * a quote ("Here’s what Grok has to say.") moves out of the author's
 * paragraph into the quote's `intro`, so each sentence appears once and a
 * renderer shows it as the quote's lead-in; a paragraph that was only the
 * intro disappears.
 */
export function parseCommentary(text: string, file: string): { post: Post; issues: Issue[] } {
  const issues: Issue[] = checkPostEnd(text, file)
  const paragraphs = splitParagraphs(text)
  const date = takeDate(paragraphs, file, issues)
  const opening = paragraphs[0]
  let title = ''
  if (opening) {
    const heading = opening.text.replace(/^#+\s*/, '')
    if (heading.length <= MAX_TITLE_LINE) {
      title = heading
      paragraphs.shift()
    } else title = firstSentence(opening.text, MAX_TITLE_LINE)
  }
  if (paragraphs.length === 0) {
    issues.push(
      warning(
        { file, line: opening?.line ?? 1 },
        'empty-post',
        'expected paragraphs after the title',
      ),
    )
  }
  const blocks = readBlocks(paragraphs, file, issues)
  return {
    post: {
      slug: slugify(title, 'post'),
      title,
      date,
      blocks,
      topics: topicDisplays(topicSources(title, blocks)),
      relatedEpisodes: [],
    },
    issues,
  }
}

/** A paragraph that is only a date ("Feb 3, 2025") near the top is the post's date. */
function takeDate(paragraphs: SourceParagraph[], file: string, issues: Issue[]): string | null {
  for (let i = 0; i < Math.min(DATE_WINDOW, paragraphs.length); i++) {
    const p = paragraphs[i]
    const parsed = p ? parseDateLine(p.text) : null
    if (!p || !parsed) continue
    paragraphs.splice(i, 1)
    if (parsed.ok) return parsed.iso
    issues.push(
      warning(
        { file, line: p.line },
        'invalid-date',
        `expected a real calendar date: ${parsed.reason}; the post has no date`,
      ),
    )
    return null
  }
  return null
}

function readBlocks(
  paragraphs: readonly SourceParagraph[],
  file: string,
  issues: Issue[],
): Block[] {
  const blocks: Block[] = []
  let i = 0
  while (i < paragraphs.length) {
    const p = paragraphs[i] as SourceParagraph
    i++
    const intro = findQuoteIntro(p.text)
    const quoted: string[] = []
    if (intro) {
      while (i < paragraphs.length) {
        const next = paragraphs[i] as SourceParagraph
        if (authorResumes(next.text, quoted)) break
        quoted.push(next.text)
        i++
      }
    }
    if (!intro || quoted.length === 0) {
      if (intro) {
        issues.push(
          warning(
            { file, line: p.line },
            'quote-without-answer',
            `"${intro.intro}" introduces a quote, but the author's own text follows`,
          ),
        )
      }
      blocks.push(paragraph(p.text, null))
      continue
    }
    if (intro.before) blocks.push(paragraph(intro.before, null))
    blocks.push({
      type: 'quote',
      source: intro.source,
      intro: intro.intro,
      blocks: quoted.map((q) => {
        const labelled = splitLabel(q)
        return labelled ? paragraph(labelled.text, labelled.label) : paragraph(q, null)
      }),
    })
  }
  return blocks
}

function paragraph(text: string, label: string | null): Paragraph {
  return { type: 'paragraph', text, label }
}

function topicSources(
  title: string,
  blocks: readonly Block[],
): { prose: string[]; headings: string[] } {
  const prose = [title]
  const headings: string[] = []
  for (const b of blocks) {
    if (b.type === 'paragraph') prose.push(b.text)
    else {
      if (b.intro) prose.push(b.intro)
      for (const q of b.blocks) {
        prose.push(q.text)
        if (q.label) headings.push(q.label)
      }
    }
  }
  return { prose, headings }
}
