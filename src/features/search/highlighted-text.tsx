import type { Segment } from './highlight'

// Amber reads as "found" beside the teal of links; in dark mode a translucent
// fill keeps the text light enough for contrast.
const MARK =
  'rounded-sm bg-amber-200 px-0.5 text-stone-950 [box-decoration-break:clone] dark:bg-amber-300/25 dark:text-amber-50'

/**
 * Text with its matches in <mark> elements, built as React nodes: the text
 * comes from published documents and is never parsed as HTML.
 */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, at) =>
    segment.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, never reordered
      <mark key={at} className={MARK}>
        {segment.text}
      </mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, never reordered
      <span key={at}>{segment.text}</span>
    ),
  )
}
