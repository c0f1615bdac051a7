import { createContext, useContext, useId, useMemo } from 'react'
import type { AnswerBlock, Block, Heading, List, Paragraph, Quote } from '../../schema/post'
import { HeadingLinkButton } from './heading-link-button'
import { headingOccurrences, type Occurrence } from './heading-occurrences'
import { splitLinks } from './split-links'

/**
 * What a heading's copy-link button needs: the post's slug, and which
 * headings share their text with another (by anchor), so that their buttons'
 * names tell them apart. None (a test, a preview): headings without a button.
 */
const HeadingLinks = createContext<{
  slug: string
  occurrences: ReadonlyMap<string, Occurrence>
} | null>(null)

/**
 * Text with its web addresses as links. Plain anchors, not the router's: they
 * leave the site. A long address goes to the next line first and is broken
 * only where it is wider than the line (overflow-wrap: anywhere), never a
 * phone's page widened; word-break: break-all cut one in two beside room.
 */
function LinkedText({ text }: { text: string }) {
  return splitLinks(text).map((run, i) =>
    run.type === 'link' ? (
      <a
        // biome-ignore lint/suspicious/noArrayIndexKey: the runs of a published text never reorder
        key={i}
        href={run.href}
        rel="noopener noreferrer"
        className="wrap-anywhere text-teal-800 underline decoration-teal-600/50 underline-offset-2 hover:decoration-teal-600 dark:text-teal-300 dark:decoration-teal-300/50"
      >
        {run.text}
      </a>
    ) : (
      run.text
    ),
  )
}

/**
 * A paragraph of the post. A labelled part of a quoted answer leads with its
 * label as a bold run-in heading, as the answer itself was laid out.
 */
function ParagraphView({ paragraph }: { paragraph: Paragraph }) {
  // The label is stored without its colon, but tolerate one so it never doubles.
  const label = paragraph.label?.replace(/\s*:\s*$/, '')
  return (
    <p>
      {label && (
        <>
          <strong className="font-semibold text-stone-950 dark:text-stone-50">{label}:</strong>{' '}
        </>
      )}
      <LinkedText text={paragraph.text} />
    </p>
  )
}

/** A list as printed: numbered from where the source's numbers start, or bulleted. */
function ListView({ list }: { list: List }) {
  const items = list.items.map((item, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: items of a published post never reorder
    <li key={i} className="pl-1">
      <LinkedText text={item} />
    </li>
  ))
  return list.ordered ? (
    <ol start={list.start} className="list-decimal space-y-2 pl-6 marker:text-stone-500">
      {items}
    </ol>
  ) : (
    <ul className="list-disc space-y-2 pl-6 marker:text-stone-400">{items}</ul>
  )
}

/** A heading of the author's text (h2) or of a quoted answer (h3, under the post's own). */
function HeadingView({ heading, level }: { heading: Heading; level: 2 | 3 }) {
  const links = useContext(HeadingLinks)
  const Tag = level === 2 ? 'h2' : 'h3'
  const className = 'pt-2 font-sans text-lg font-semibold leading-snug'
  // Data ingested before headings had anchors: shown as it always was.
  if (!heading.id) return <Tag className={className}>{heading.text}</Tag>
  return (
    // The button beside the heading, not in it: the heading's name stays its text.
    <div className="flex items-start justify-between gap-2">
      {/* tabIndex -1: an address's heading can take focus, so the next Tab goes on from it. */}
      <Tag id={heading.id} tabIndex={-1} className={`${className} min-w-0 outline-none`}>
        {heading.text}
      </Tag>
      {links && (
        <HeadingLinkButton
          postSlug={links.slug}
          id={heading.id}
          title={heading.text}
          occurrence={links.occurrences.get(heading.id)}
        />
      )}
    </div>
  )
}

function BlockView({ block, level }: { block: AnswerBlock; level: 2 | 3 }) {
  if (block.type === 'list') return <ListView list={block} />
  if (block.type === 'heading') return <HeadingView heading={block} level={level} />
  return <ParagraphView paragraph={block} />
}

/**
 * A quoted answer (an AI assistant's, in the seed): the author's sentence that
 * introduces it stays in the author's voice, then the answer is a real
 * figure/blockquote with its attribution, set apart by a rule, a tint and a
 * sans-serif face against the author's serif prose.
 */
function QuoteView({ quote }: { quote: Quote }) {
  // Named by its caption, so "figure, — Grok, as quoted by the author" is announced first.
  const captionId = useId()
  return (
    <>
      {quote.intro && <p>{quote.intro}</p>}
      <figure
        aria-labelledby={captionId}
        className="my-8 rounded-r-xl border-l-4 border-teal-600 bg-teal-50 py-4 pr-4 pl-4 font-sans text-base leading-relaxed sm:py-5 sm:pr-6 sm:pl-6 dark:border-teal-400 dark:bg-teal-950/50"
      >
        <blockquote className="space-y-4 text-stone-800 dark:text-stone-200">
          {quote.blocks.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a published post never reorder
            <BlockView key={i} block={block} level={3} />
          ))}
        </blockquote>
        <figcaption
          id={captionId}
          className="mt-4 text-sm font-medium text-teal-900 dark:text-teal-200"
        >
          — {quote.source}, as quoted by the author
        </figcaption>
      </figure>
    </>
  )
}

/** The body of a post: the author's prose in serif, quoted answers as figures. */
export function PostBlocks({ blocks, slug = null }: { blocks: Block[]; slug?: string | null }) {
  const links = useMemo(
    () => (slug ? { slug, occurrences: headingOccurrences(blocks) } : null),
    [slug, blocks],
  )
  return (
    <HeadingLinks.Provider value={links}>
      <div className="space-y-5 font-serif text-lg leading-relaxed break-words text-stone-900 dark:text-stone-100">
        {blocks.map((block, i) =>
          block.type === 'quote' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a published post never reorder
            <QuoteView key={i} quote={block} />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a published post never reorder
            <BlockView key={i} block={block} level={2} />
          ),
        )}
      </div>
    </HeadingLinks.Provider>
  )
}
