import { formatDigestDate } from '../format-date'
import { numberedTitle } from '../section-name'
import { browserLocalStorage, type KeyValueStorage } from './browser-storage'
import { latestUnfinished } from './reading-state'
import type { LastSection, ReadingEntry, ReadingStateRecord } from './reading-state-schema'

// "Continue where you left off" comes from the reading record, which loads
// after the first paint (decision 0005): the overview's card above Top
// Podcast, and an episode's own offer above its summary, came in and moved
// the page under a returning reader's eyes (layout shift 0.116 on a 390 px
// phone's overview, 0.048 on the episode). So their words are kept here too,
// small, for public/theme-init.js to read before anything is drawn: the page
// shows a stand-in with the same words in the same boxes (styles.css), which
// the app's own card or offer replaces in the same frame once the record is
// in (decision 0019). A copy for layout, not the reader's data: not
// exported; out of step, it costs one move of the page, as before.

/** Read by public/theme-init.js under this name. */
export const CONTINUE_HINT_KEY = 'digest-reader:continue-hint'

/** Episode offers kept: the most recently read unfinished episodes. */
const OFFERS = 30

export interface ContinueHint {
  /** The overview's card: the episode's title, and "Podcast · date · at 5. Section". */
  card: { title: string; meta: string } | null
  /** Each unfinished episode's offer, by `<date>/<slug>`: "5. Section". */
  offers: Record<string, string>
}

/**
 * The card's words for `entry`: the card (continue-reading-card.tsx) and its
 * stand-in must say the same, or the one is not as tall as the other.
 */
export function continueCardWords(
  entry: ReadingEntry,
  section: LastSection,
): { title: string; meta: string } {
  const { podcast, date } = entry
  return {
    title: entry.episodeTitle || entry.episodeSlug,
    meta: `${podcast ? `${podcast} · ` : ''}${formatDigestDate(date)} · at ${numberedTitle(section.number, section.title)}`,
  }
}

/** What the card and the offers will say, from the record. */
export function continueHintOf(record: ReadingStateRecord): ContinueHint {
  const latest = latestUnfinished(record)
  const offers: Record<string, string> = {}
  const unfinished = record.episodes
    .filter((entry) => entry.readAt === null && entry.lastSection !== null)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .slice(0, OFFERS)
  for (const { date, episodeSlug, lastSection } of unfinished) {
    if (lastSection)
      offers[`${date}/${episodeSlug}`] = numberedTitle(lastSection.number, lastSection.title)
  }
  return {
    card: latest?.lastSection ? continueCardWords(latest, latest.lastSection) : null,
    offers,
  }
}

let written: string | null = null

/** Keeps the stored hint in step with the record; writes only what changed. */
export function keepContinueHint(
  record: ReadingStateRecord,
  // `window.localStorage` itself may throw (storage blocked): asked for inside `try`.
  storage: () => KeyValueStorage = browserLocalStorage,
): void {
  const hint = continueHintOf(record)
  const text = hint.card || Object.keys(hint.offers).length > 0 ? JSON.stringify(hint) : null
  try {
    const store = storage()
    written ??= store.getItem(CONTINUE_HINT_KEY)
    if (text === written) return
    if (text === null) store.removeItem(CONTINUE_HINT_KEY)
    else store.setItem(CONTINUE_HINT_KEY, text)
    written = text
  } catch {
    // Storage full or blocked: the card moves the page once when it comes, as before.
  }
}

/** For tests: forget what was written, as a new page would. */
export function forgetWrittenHint(): void {
  written = null
}
