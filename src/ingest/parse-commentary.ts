import { cutAtWord, firstSentence } from '../schema/cut-at-word'
import type { Block, Post } from '../schema/post'
import type { Issue } from '../schema/report'
import { type SourceParagraph, splitParagraphs } from './commentary-paragraphs'
import { checkPostEnd } from './cut-short'
import { warning } from './issues'
import { parseDateLine } from './parse-date'
import { structureBlocks } from './post-structure'
import { authorResumes, findQuoteIntro } from './quote-voice'
import { SlugNamespace, slugify } from './slug'
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
    } else title = cutAtWord(firstSentence(opening.text), MAX_TITLE_LINE)
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
  anchorHeadings(blocks)
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
  // The author's paragraphs since the last quote, laid out together (a list's items are a run).
  let authors: string[] = []
  const flushAuthor = () => {
    blocks.push(...structureBlocks(authors, false))
    authors = []
  }
  let i = 0
  while (i < paragraphs.length) {
    const p = paragraphs[i] as SourceParagraph
    i++
    const intro = findQuoteIntro(p.text)
    const quoted: string[] = []
    if (intro) {
      while (i < paragraphs.length) {
        const next = paragraphs[i] as SourceParagraph
        if (authorResumes(next.text, quoted, paragraphs[i + 1]?.text)) break
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
      authors.push(p.text)
      continue
    }
    if (intro.before) authors.push(intro.before)
    flushAuthor()
    blocks.push({
      type: 'quote',
      source: intro.source,
      intro: intro.intro,
      blocks: structureBlocks(quoted, true),
    })
  }
  flushAuthor()
  return blocks
}

/**
 * The page's own ids, which a heading's anchor must not take: a heading
 * "Post title" would otherwise share `post-title` with the page's h1.
 */
const PAGE_IDS = ['main', 'post-title', 'related-episodes']

/**
 * Give every heading (the author's and a quoted answer's: one page, one
 * namespace) an anchor from its text, so a link to it survives a re-ingest;
 * a second "Conclusion" is `conclusion-2`, in document order.
 */
function anchorHeadings(blocks: readonly Block[]): void {
  const ids = new SlugNamespace()
  for (const id of PAGE_IDS) ids.claim(id)
  for (const block of blocks) {
    const inner = block.type === 'quote' ? block.blocks : [block]
    for (const part of inner) {
      if (part.type === 'heading') part.id = ids.claim(slugify(part.text, 'heading'))
    }
  }
}

function topicSources(
  title: string,
  blocks: readonly Block[],
): { prose: string[]; headings: string[] } {
  const prose = [title]
  const headings: string[] = []
  const add = (block: Block) => {
    switch (block.type) {
      case 'paragraph':
        prose.push(block.text)
        if (block.label) headings.push(block.label)
        break
      case 'list':
        prose.push(...block.items)
        break
      case 'heading':
        headings.push(block.text)
        break
      case 'quote':
        if (block.intro) prose.push(block.intro)
        block.blocks.forEach(add)
        break
    }
  }
  blocks.forEach(add)
  return { prose, headings }
}
