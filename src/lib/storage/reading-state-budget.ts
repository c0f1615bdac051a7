import { time } from './reading-state'
import type { ReadingEntry, ReadingStateRecord } from './reading-state-schema'

/**
 * Characters the reading record may take in localStorage. Browsers give an
 * origin about 5.2 million (5 MiB of UTF-16; measured 5,242,880 in Debian's
 * Chromium), for every key: the bookmarks, the settings and any copy of
 * unreadable data set aside share them with the reading record. The record
 * grows with every episode opened (about 330 characters each), so a reader
 * of ten years would fill the origin, and then a new bookmark could not be
 * saved. Held to half, the rest stays for what the reader saves on purpose.
 */
export const READING_STATE_BUDGET = 2_500_000

/**
 * JSON.stringify's length for the entry, give or take the escapes of an
 * unusual character: its strings, and its keys and punctuation. Counted, not
 * serialised, because it runs on every write of a record of thousands.
 */
export function entryChars(entry: ReadingEntry): number {
  // {"date":"","episodeSlug":"","episodeTitle":"","podcast":"","readAt":,"lastSection":,"updatedAt":""}
  let chars = 99 + entry.date.length + entry.episodeSlug.length + entry.episodeTitle.length
  chars += entry.podcast.length + entry.updatedAt.length
  chars += entry.readAt === null ? 4 : entry.readAt.length + 2
  const last = entry.lastSection
  // {"id":"","number":"","title":""}
  chars += last === null ? 4 : 32 + last.id.length + last.number.length + last.title.length
  return chars
}

/** What JSON.stringify writes for the record, as entryChars counts it. */
export function recordChars(record: ReadingStateRecord): number {
  // {"version":1,"episodes":[]} and a comma between entries.
  let chars = 27 + Math.max(0, record.episodes.length - 1)
  for (const entry of record.episodes) chars += entryChars(entry)
  return chars
}

/**
 * A read entry without what was only copied into it: the episode's title and
 * podcast (for the overview's "Continue" link, which never offers a read
 * episode) and the section last in view. Its read mark and dates stay.
 */
function slim(entry: ReadingEntry): ReadingEntry {
  return { ...entry, episodeTitle: '', podcast: '', lastSection: null }
}

function isSlim(entry: ReadingEntry): boolean {
  return entry.episodeTitle === '' && entry.podcast === '' && entry.lastSection === null
}

/**
 * The record within `budget` characters if it can be: the episodes read
 * longest ago give up their copies first (slim). Nothing the reader did is
 * dropped: every episode keeps its entry and its read mark, and an episode
 * not marked read keeps everything ("Continue" may still offer it). Within
 * the budget, or with nothing left to slim, the record itself is returned.
 */
export function fitReadingState(
  record: ReadingStateRecord,
  budget: number = READING_STATE_BUDGET,
): ReadingStateRecord {
  let over = recordChars(record) - budget
  if (over <= 0) return record
  const oldestReadFirst = record.episodes
    .map((entry, at) => ({ entry, at }))
    .filter(({ entry }) => entry.readAt !== null && !isSlim(entry))
    .sort((a, b) => time(a.entry.updatedAt) - time(b.entry.updatedAt) || a.at - b.at)
  // Already as small as it can be: the record itself, so no write follows.
  if (oldestReadFirst.length === 0) return record
  const episodes = [...record.episodes]
  for (const { entry, at } of oldestReadFirst) {
    if (over <= 0) break
    const slimmed = slim(entry)
    over -= entryChars(entry) - entryChars(slimmed)
    episodes[at] = slimmed
  }
  return { ...record, episodes }
}
