import { useLayoutEffect, useRef } from 'react'
import { Link } from 'react-router'
import { formatDigestDate } from '../../lib/format-date'
import { releaseContinueRoom, rememberContinueRoom } from '../../lib/storage/continue-room'
import { isStandIn } from '../../lib/storage/lazy-reading-state-store'
import { latestUnfinished } from '../../lib/storage/reading-state'
import { useReadingRecord } from '../../lib/storage/use-reading-state'

/**
 * The overview's "Continue where you left off": the unread episode read most
 * recently, at its section. Its room is held before the reader's data is in
 * (continue-room.ts); once it is, the card measures itself for the next
 * visit and lets the held room go, in the same frame as it shows.
 */
export function ContinueReadingCard() {
  const snapshot = useReadingRecord()
  const loaded = !isStandIn(snapshot)
  const entry = latestUnfinished(snapshot.value)
  const card = useRef<HTMLElement>(null)
  // After every render: the card's words (and height) change with the entry.
  useLayoutEffect(() => {
    if (!loaded) return
    const shown = card.current
    if (shown) {
      rememberContinueRoom(shown.getBoundingClientRect().height, {
        width: window.innerWidth,
        textSize: document.documentElement.dataset.textSize ?? 'm',
      })
    }
    releaseContinueRoom()
  })
  if (!entry?.lastSection) return null
  const { lastSection: section } = entry
  const numbered = section.number.includes('.')
    ? `${section.number} ${section.title}`
    : `${section.number}. ${section.title}`
  return (
    <section
      ref={card}
      aria-labelledby="continue-reading"
      className="rounded-xl border border-teal-200 bg-teal-50 p-4 dark:border-teal-900 dark:bg-teal-950/40"
    >
      <h2
        id="continue-reading"
        className="text-sm font-semibold tracking-wide text-teal-900 uppercase dark:text-teal-200"
      >
        Continue where you left off
      </h2>
      <p className="mt-1 font-serif text-lg leading-snug font-semibold">
        <Link
          to={`/digests/${entry.date}/${entry.episodeSlug}#${section.id}`}
          className="underline decoration-teal-600/40 underline-offset-4 hover:decoration-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          {entry.episodeTitle || entry.episodeSlug}
        </Link>
      </p>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {entry.podcast ? `${entry.podcast} · ` : ''}
        <time dateTime={entry.date}>{formatDigestDate(entry.date)}</time> · at {numbered}
      </p>
    </section>
  )
}
