import { findIntactEmoji } from '../../src/ingest/repair/repair-text'

// The ingest's first pass reads every document for the emoji that stand
// intact in it (repair-text.ts). Decoding whole documents for that was most
// of the pass, yet a line holds an emoji only if its UTF-8 has a lead byte of
// a code point from U+203C up: the curly quotes, dashes and bullets of prose
// (U+2000-U+203B) do not count. Such lines are found on the bytes, read as
// Latin-1 (one byte, one character, no decoding), and only they are decoded.

/**
 * Lead bytes of code points from U+203C up: E2 unless it starts
 * U+2000-U+203B (E2 80 80-BB), and E3-F4. A keycap's U+20E3 and an emoji's
 * VS16 (U+FE0F) are among them, so a line without one holds no emoji.
 */
const CANDIDATE = /[\xE3-\xF4]|\xE2(?!\x80[\x80-\xBB])/g
const NEWLINE = 0x0a

const decoder = new TextDecoder()
/** For lines after the first: U+FEFF there is text, not a byte order mark to drop. */
const midDecoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** `findIntactEmoji` of the document's text decoded as UTF-8, without decoding lines that cannot hold one. */
export function findIntactEmojiInUtf8(bytes: Uint8Array): Set<string> {
  const found = new Set<string>()
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const latin1 = buffer.toString('latin1')
  CANDIDATE.lastIndex = 0
  let lineEnd = -1
  for (let match = CANDIDATE.exec(latin1); match; match = CANDIDATE.exec(latin1)) {
    if (match.index < lineEnd) continue
    const start = buffer.lastIndexOf(NEWLINE, match.index) + 1
    lineEnd = buffer.indexOf(NEWLINE, match.index)
    if (lineEnd === -1) lineEnd = buffer.length
    const line = (start === 0 ? decoder : midDecoder).decode(bytes.subarray(start, lineEnd))
    for (const emoji of findIntactEmoji(line)) found.add(emoji)
    CANDIDATE.lastIndex = lineEnd
  }
  return found
}
