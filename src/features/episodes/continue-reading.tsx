import { Link } from 'react-router'
import { numberedTitle } from '../../lib/section-name'
import type { LastSection } from '../../lib/storage/reading-state-schema'

// The offer and its stand-in (shown before the reader's data is in, from the
// words public/theme-init.js kept: src/lib/storage/continue-hint.ts) share
// their boxes, so the one takes the other's place without moving the page.
const OFFER =
  'mt-6 rounded-lg border border-teal-200 bg-teal-50 px-4 py-1 text-teal-950 dark:border-teal-900 dark:bg-teal-950/40 dark:text-teal-50'
const OFFER_LINK =
  'inline-flex min-h-10 items-center py-1 underline decoration-teal-600/50 underline-offset-4'

/** "Continue where you left off": the deep link to the section read last time. */
export function ContinueReading({ section }: { section: LastSection }) {
  return (
    <p className={OFFER}>
      <Link
        to={`#${section.id}`}
        className={`${OFFER_LINK} hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600`}
      >
        Continue where you left off: {numberedTitle(section.number, section.title)}
      </Link>
    </p>
  )
}

/**
 * Where the offer will be, until the reader's data is in: its words from the
 * last visit, unseen by assistive technology and not a link yet. Shown only
 * while `<html data-continue-offer>` (styles.css), which the episode page
 * lets go in the same frame as the offer comes, or does not.
 */
export function ContinueReadingStandIn() {
  return (
    <p aria-hidden="true" data-continue-stand-in="offer" className={OFFER}>
      <span data-continue-text="offer" className={OFFER_LINK} />
    </p>
  )
}
