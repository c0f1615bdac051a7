import { useId } from 'react'
import type { Block, Paragraph, Quote } from '../../schema/post'

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
      {paragraph.text}
    </p>
  )
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
          {quote.blocks.map((paragraph, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a published post never reorder
            <ParagraphView key={i} paragraph={paragraph} />
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
export function PostBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed break-words text-stone-900 dark:text-stone-100">
      {blocks.map((block, i) =>
        block.type === 'quote' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a published post never reorder
          <QuoteView key={i} quote={block} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a published post never reorder
          <ParagraphView key={i} paragraph={block} />
        ),
      )}
    </div>
  )
}
