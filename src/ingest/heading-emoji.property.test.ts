import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyToken, splitHeadingEmoji } from './heading-emoji'

/**
 * splitHeadingEmoji as it was before the memo: the classification asked every
 * time (a keycap written without VS16 given it).
 */
function reference(rest: string) {
  const space = rest.indexOf(' ')
  const token = space < 0 ? rest : rest.slice(0, space)
  const title = space < 0 ? '' : rest.slice(space + 1).trim()
  const kind = classifyToken(token)
  if (kind === 'title') return { emoji: null, title: rest, damaged: false }
  const emoji = kind === 'emoji' ? token.replace(/([0-9#*])\u20e3/gu, '$1\ufe0f\u20e3') : token
  return { emoji, title, damaged: kind === 'damaged' }
}

describe('splitHeadingEmoji', () => {
  it('memoises the token: the same split however often a heading repeats', () => {
    // Emoji, a mahjong tile, mojibake glyphs and Greek, letters, spaces, keycap parts.
    const part = fc.constantFrom(
      '🚀',
      '🇨🇳',
      '👩‍💻',
      '\uFE0F',
      '🀝',
      'ðŸ',
      'Ÿ',
      'Î',
      '€',
      'a',
      ' ',
      '  ',
      '1',
      '#',
      '\u20E3',
      '1️⃣',
    )
    const rest = fc.oneof(
      fc.string({ unit: part, maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(rest, { maxLength: 10 }), (rests) => {
        for (const r of [...rests, ...rests]) expect(splitHeadingEmoji(r)).toEqual(reference(r))
      }),
      { numRuns: 2000 },
    )
  })
})
