// The overview's "Continue where you left off" card (continue-reading-card.tsx,
// loaded with the reader's data) and its stand-in (shown before that data is
// in, from the words public/theme-init.js kept: src/lib/storage/continue-hint.ts)
// share their boxes, so the one takes the other's place without moving the page.

export const CARD =
  'mt-6 rounded-xl border border-teal-200 bg-teal-50 p-4 dark:border-teal-900 dark:bg-teal-950/40'
export const CARD_HEADING =
  'text-sm font-semibold tracking-wide text-teal-900 uppercase dark:text-teal-200'
export const CARD_HEADING_TEXT = 'Continue where you left off'
export const CARD_TITLE = 'mt-1 font-serif text-lg leading-snug font-semibold'
export const CARD_TITLE_LINE = 'underline decoration-teal-600/40 underline-offset-4'
export const CARD_META = 'mt-1 text-sm text-stone-700 dark:text-stone-300'

/**
 * The card as the reader's data said when last changed: unseen by assistive
 * technology, and not a link yet. Shown only while `<html
 * data-continue-card>` (styles.css), which the card lets go in the frame
 * that shows it, or shows none.
 */
export function ContinueCardStandIn() {
  return (
    <div aria-hidden="true" data-continue-stand-in="card" className={CARD}>
      <p className={CARD_HEADING}>{CARD_HEADING_TEXT}</p>
      <p className={CARD_TITLE}>
        <span data-continue-text="title" className={CARD_TITLE_LINE} />
      </p>
      <p data-continue-text="meta" className={CARD_META} />
    </div>
  )
}
