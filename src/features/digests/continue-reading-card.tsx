import { useLayoutEffect } from 'react'
import { Link } from 'react-router'
import { releaseFirstPaintMark } from '../../lib/first-paint-marks'
import { continueCardWords } from '../../lib/storage/continue-hint'
import { isStandIn } from '../../lib/storage/lazy-reading-state-store'
import { latestUnfinished } from '../../lib/storage/reading-state'
import { useReadingRecord } from '../../lib/storage/use-reading-state'
import {
  CARD,
  CARD_HEADING,
  CARD_HEADING_TEXT,
  CARD_META,
  CARD_TITLE,
  CARD_TITLE_LINE,
} from './continue-card-look'

/**
 * The overview's "Continue where you left off": the unread episode read most
 * recently, at its section. Once the reader's data is in, it takes its
 * stand-in's place (continue-card-look.tsx) in the same frame.
 */
export function ContinueReadingCard() {
  const snapshot = useReadingRecord()
  const loaded = !isStandIn(snapshot)
  useLayoutEffect(() => {
    if (loaded) releaseFirstPaintMark('continueCard')
  }, [loaded])
  const entry = latestUnfinished(snapshot.value)
  if (!entry?.lastSection) return null
  const section = entry.lastSection
  // The same words as its stand-in's (continue-hint.ts), so it is as tall.
  const { title, meta } = continueCardWords(entry, section)
  return (
    <section aria-labelledby="continue-reading" className={CARD}>
      <h2 id="continue-reading" className={CARD_HEADING}>
        {CARD_HEADING_TEXT}
      </h2>
      <p className={CARD_TITLE}>
        <Link
          to={`/digests/${entry.date}/${entry.episodeSlug}#${section.id}`}
          className={`${CARD_TITLE_LINE} hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600`}
        >
          {title}
        </Link>
      </p>
      <p className={CARD_META}>{meta}</p>
    </section>
  )
}
