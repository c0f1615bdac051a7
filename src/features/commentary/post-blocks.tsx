import type { Block, Paragraph, Quote } from '../../schema/post'

/** A paragraph of the post; a labelled part of a quoted answer leads with its label. */
function ParagraphView({ paragraph }: { paragraph: Paragraph }) {
  return (
    <p>
      {paragraph.label && <strong className="font-semibold">{paragraph.label}: </strong>}
      {paragraph.text}
    </p>
  )
}

/**
 * A quoted answer (an AI assistant's, in the seed): a real blockquote with
 * its attribution, set apart from the author's own voice.
 */
function QuoteView({ quote }: { quote: Quote }) {
  return (
    <>
      {quote.intro && <p>{quote.intro}</p>}
      <figure className="my-6 rounded-r-xl border-l-4 border-teal-600 bg-teal-50/70 py-4 pr-4 pl-5 font-sans text-[0.95em] dark:border-teal-400 dark:bg-teal-950/40">
        <blockquote className="space-y-4 text-stone-800 dark:text-stone-200">
          {quote.blocks.map((paragraph, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a published post never reorder
            <ParagraphView key={i} paragraph={paragraph} />
          ))}
        </blockquote>
        <figcaption className="mt-4 text-sm font-medium text-teal-900 dark:text-teal-200">
          — {quote.source}, as quoted by the author
        </figcaption>
      </figure>
    </>
  )
}

export function PostBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <div className="max-w-[70ch] space-y-5 font-serif text-lg leading-relaxed">
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
