// One way to shorten a text for a title, an excerpt, a feed line or a page's
// description. There were three in the ingest, which cut the same texts
// differently: one could end on "…the s…" or on a dangling comma, one gave
// max + 1 characters, and one gave up on a word boundary unless it was in the
// last fifth; and a fourth in the app (trimDescription). Pure and free of
// imports, it lives with the schema so that both the ingest and the app can
// use it (src/ingest is the ingest's library, not the app's).

/**
 * The first sentence: up to and including the first ".", "!" or "?" that a
 * space or the end follows ("3.5" and "e.g.x" do not end one). All of `text`
 * when no sentence ends.
 */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](?=\s|$)/)
  return end < 0 ? text : text.slice(0, end + 1)
}

/**
 * At most `max` characters, the "…" included, cut after a whole word ("…the
 * size of…", not "…the s…") and without the punctuation the cut left
 * dangling; a word longer than half of `max` is cut where it must be, so
 * that one long word (a link) does not leave half the room empty.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  // One character is left for the "…".
  const room = text.slice(0, max - 1)
  const wordEnds = /[\s,;:.!?]/.test(text[max - 1] ?? '')
  const space = room.lastIndexOf(' ')
  const cut = wordEnds ? room : space > max / 2 ? room.slice(0, space) : room
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`
}
