import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findIntactEmoji } from '../../src/ingest/repair/repair-text'
import { findIntactEmojiInUtf8 } from './intact-emoji-bytes'

/** Emoji parts, prose punctuation (U+2000-U+203B), a byte order mark and line breaks, in any order. */
const emojiText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('#', '*', '1', '\uFE0F', '\u20E3', '\u200D', '\u{1F3FD}', '\uFEFF'),
    fc.constantFrom('🇫', '🇷', '🏛', '👩', '💻', '🌍', '©', '®', '‼', '™', '⚖', '🀝', '中'),
    fc.constantFrom('a', ' ', '—', '’', '“', '…', '•', '\n', '\r\n', 'Ã', '€'),
  ),
  maxLength: 60,
})

/** UTF-8 of such text with bytes spliced in: truncated sequences, stray continuations, any byte. */
const documentBytes = fc.oneof(
  emojiText.map((text) => new TextEncoder().encode(text)),
  fc
    .tuple(
      emojiText,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    )
    .map(([text, splices]) => {
      const bytes = [...new TextEncoder().encode(text)]
      for (const [at, byte] of splices) bytes.splice(at % (bytes.length + 1), 0, byte)
      return new Uint8Array(bytes)
    }),
  fc.uint8Array({ maxLength: 80 }),
)

describe('findIntactEmojiInUtf8', () => {
  it('finds what findIntactEmoji finds in the whole document decoded as UTF-8', () => {
    const decoder = new TextDecoder()
    fc.assert(
      fc.property(documentBytes, (bytes) => {
        expect([...findIntactEmojiInUtf8(bytes)].sort()).toEqual(
          [...findIntactEmoji(decoder.decode(bytes))].sort(),
        )
      }),
      { numRuns: 5000 },
    )
  })

  it('finds emoji on lines after prose punctuation and in a subarray of a larger buffer', () => {
    const text = 'Intro “quoted” — text…\n## 🏛️ Policy\n• bullet\n1️⃣ first 🇫🇷\n'
    const padded = new TextEncoder().encode(`xx\n${text}`)
    expect(findIntactEmojiInUtf8(padded.subarray(3))).toEqual(findIntactEmoji(text))
    expect([...findIntactEmoji(text)].length).toBeGreaterThan(1)
  })
})
