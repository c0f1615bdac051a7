import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BYTES_BY_GLYPH } from './code-pages'
import { firstDamage, repairText, SCAN } from './repair-text'
import { damage } from './simulate-damage'
import { EMOJI_BY_WRONG_TWIN } from './wrong-repair-twins'

const glyphs = [...BYTES_BY_GLYPH.keys()]
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n|\u2028|\u2029|\u0085/g)?.length ?? 0

/** Strings rich in damage glyphs, line breaks and emoji parts, to reach the repair paths. */
const damageLike = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...glyphs),
    fc.constantFrom('\n', '\r\n', ' ', '1', 'a', '\u{1F01D}', '\uFE0F', '\u200D', '🌍', '“', '”'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
})

describe('repairText properties', () => {
  it('never throws and never changes the number of lines, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), damageLike), (text) => {
        const { text: out, repairs } = repairText(text, { file: 'p' })
        expect(lineBreaks(out)).toBe(lineBreaks(text))
        expect(out.split('\n')).toHaveLength(text.split('\n').length)
        for (const r of repairs) expect(r.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 2000 },
    )
  })

  it('never changes the number of lines of damaged text either', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (good) => {
        let damaged: string
        try {
          damaged = damage(good)
        } catch {
          return // bytes ISO-8859-7 cannot show
        }
        const { text } = repairText(damaged, { file: 'p' })
        expect(text.split('\n')).toHaveLength(good.split('\n').length)
      }),
      { numRuns: 1000 },
    )
  })

  it('finds where the damage scan first matches, by char code', () => {
    // Glyphs, twins, their surrogate halves alone, and other astral characters.
    const twins = [...EMOJI_BY_WRONG_TWIN.keys()]
    const halves = twins.flatMap((twin) => [twin[0] ?? '', twin[1] ?? ''])
    const unit = fc.oneof(
      fc.constantFrom(...glyphs),
      fc.constantFrom(...twins, ...halves, '\u{1F01D}', '🌍', '\uD83C', 'a', ' ', '\n'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ unit: 'binary' })),
        (text) => {
          expect(firstDamage(text)).toBe(text.search(SCAN))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
