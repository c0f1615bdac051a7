import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EMOJI_CLUSTER_SOURCE,
  hasEmojiPresentation,
  isKnownEmoji,
  isRgiEmoji,
} from './emoji-classes'
import { findIntactEmoji } from './intact-emoji'

/** The plain definition the char-code scan must agree with: every cluster a global match finds. */
function reference(text: string): Set<string> {
  const found = new Set<string>()
  for (const [cluster] of text.matchAll(new RegExp(EMOJI_CLUSTER_SOURCE, 'gu'))) {
    if (cluster.length === 1 && !hasEmojiPresentation(cluster.codePointAt(0) ?? 0)) continue
    if (isRgiEmoji(cluster) || isKnownEmoji(cluster)) found.add(cluster)
  }
  return found
}

/** Keycaps, flags, ZWJ chains, skin tones, text symbols, lone surrogates and plain text, in any order. */
const emojiLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom('#', '*', '1', '7', '\uFE0F', '\u20E3', '\u200D', '\u{1F3FD}'),
    fc.constantFrom('🇫', '🇷', '🏛', '👩', '💻', '🌍', '©', '®', '‼', '™', '⚖', '🀝'),
    fc.constantFrom('\uD83C', '\uDF0D', 'a', ' ', '—', '’', '\n', 'Ã', '€'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
})

describe('findIntactEmoji', () => {
  it('finds what a global match of the cluster pattern finds, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(emojiLike, fc.string({ unit: 'binary' })), (text) => {
        expect([...findIntactEmoji(text)]).toEqual([...reference(text)])
      }),
      { numRuns: 3000 },
    )
  })
})
