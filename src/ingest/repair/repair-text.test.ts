import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findIntactEmoji, repairText } from './repair-text'

const read = (name: string) =>
  readFileSync(new URL(`../../../content/${name}`, import.meta.url), 'utf8')
const seed = read('000_56be99a494d8df3b.txt')
const commentary = read('003_fc9397579f5605f8.txt')
const FILE = 'content/000_56be99a494d8df3b.txt'

/** The emoji of "N. <emoji> Title" headings between two line numbers (1-based, inclusive). */
function headingEmoji(text: string, from: number, to: number): string[] {
  return text
    .split('\n')
    .slice(from - 1, to)
    .flatMap((line) => /^\d+\. (\S+) /.exec(line)?.[1] ?? [])
}

describe('repairText on the damaged seed', () => {
  const { text, repairs } = repairText(seed, { file: FILE })
  const lines = text.split('\n')

  it('restores the title', () => {
    expect(lines[4]).toBe("AI's Global Impact & Gender Talks 🎙️🌍")
  })

  it('restores the first episode heading emoji', () => {
    expect(headingEmoji(text, 23, 100)).toEqual([
      '🗣️',
      '🌟',
      '🌍',
      '🔍',
      '🧠',
      '🇨🇳',
      '💰',
      '💻',
      '🔍',
      '💡',
    ])
  })

  it('restores the second episode heading emoji', () => {
    expect(headingEmoji(text, 114, 172)).toEqual(['📚', '🚨', '📉', '🏛️', '🗨️', '🤝', '⚖️', '🔥'])
  })

  it('restores the quotes of the second episode title', () => {
    expect(lines[101]).toBe(
      'Chris Williamson - “Men Aren’t Seen As Having Problems, But As Being The Problem”',
    )
  })

  it('leaves no damage glyph behind, and keeps intact text intact', () => {
    expect(text).not.toMatch(/[Ÿ€œπ]/u)
    expect(text).not.toContain('\u{1F01D}')
    expect(text).not.toMatch(/[βΞο]/u)
    // Everything that was not a damaged run is unchanged.
    const damaged = new Set(repairs.map((r) => r.damaged))
    let rebuilt = text
    for (const r of repairs) rebuilt = rebuilt.replace(r.result, r.damaged)
    expect(rebuilt).toBe(seed)
    expect(damaged.size).toBeGreaterThan(0)
    expect(text.match(/•/g)?.length).toBe(seed.match(/•/g)?.length)
  })

  it('never adds or removes a line', () => {
    expect(lines).toHaveLength(seed.split('\n').length)
  })

  it('records every repair with position, alternatives and reason', () => {
    expect(repairs).toHaveLength(16)
    for (const r of repairs) {
      expect(r.file).toBe(FILE)
      expect(r.reason.length).toBeGreaterThan(10)
      expect(
        Array.from(seed.split('\n')[r.line - 1] ?? '')
          .slice((r.column ?? 0) - 1)
          .join(''),
      ).toMatch(new RegExp(`^${r.damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))
    }
    const title = repairs.find((r) => r.line === 5)
    expect(title).toMatchObject({ column: 35, damaged: 'πŸŽ™οΈπŸŒ', result: '🎙️🌍' })
    expect(title?.alternatives).toContain('🎙️🌐')
    expect(title?.reason).toContain('intact elsewhere')

    const bulb = repairs.find((r) => r.line === 94)
    expect(bulb).toMatchObject({ column: 5, result: '💡', alternatives: ['💑'] })
    expect(bulb?.reason).toContain('ranked prior')

    const building = repairs.find((r) => r.line === 139)
    expect(building?.result).toBe('🏛️')
    expect(building?.alternatives.sort()).toEqual(['🛍️', '🛏️'].sort())
    expect(building?.ruledOut).toContain('🍛️')
    expect(building?.reason).toContain('variation selector')

    const handshake = repairs.find((r) => r.line === 153)
    expect(handshake).toMatchObject({ damaged: '\u{1F01D}', result: '🤝', alternatives: [] })
    expect(handshake?.reason).toContain('0xA4')

    const search = repairs.filter((r) => r.damaged === 'πŸ”')
    expect(search.map((r) => r.line)).toEqual([49, 85])
    for (const r of search) {
      expect(r.result).toBe('🔍')
      expect(r.alternatives.sort()).toEqual(['🍔', '🐔', '🔁', '🔏', '🔐', '🔝'].sort())
    }

    // No other reading was possible, but the report names the one it weighed: € as 0xA4.
    const quote = repairs.find((r) => r.line === 102)
    expect(quote).toMatchObject({
      column: 20,
      damaged: 'β€œ',
      result: '“',
      alternatives: [],
      ruledOut: ['⤜'],
    })
    expect(quote?.reason).toContain('⤜ (bytes E2 A4 9C) is neither text nor an emoji')

    const money = repairs.find((r) => r.line === 69)
    expect(money).toMatchObject({ result: '💰', alternatives: [], ruledOut: ['\u{1F8B0}'] })

    // Nothing else decodes from these bytes: nothing ruled out, and the record says nothing.
    const books = repairs.find((r) => r.line === 116)
    expect(books).toMatchObject({ result: '📚', alternatives: [] })
    expect(books).not.toHaveProperty('ruledOut')
  })

  it('gives the same result when the archive knows more emoji', () => {
    const again = repairText(seed, { file: FILE, knownEmoji: new Set(['🔍', '🌍']) })
    expect(again.text).toBe(text)
  })
})

describe('repairText on intact text', () => {
  it('leaves the commentary seed unchanged with zero repairs', () => {
    const { text, repairs } = repairText(commentary, { file: 'content/003_fc9397579f5605f8.txt' })
    expect(text).toBe(commentary)
    expect(repairs).toEqual([])
  })

  it('leaves an already repaired seed unchanged', () => {
    const repaired = repairText(seed, { file: FILE }).text
    expect(repairText(repaired, { file: FILE })).toEqual({ text: repaired, repairs: [] })
  })

  it.each([
    ['Aren’t', 'apostrophe'],
    ['costs €5 or £4 at 20°C ± 1', 'currency and symbols'],
    ['  • item', 'bullet'],
    ['“quoted” — ‘single’ …', 'typographic punctuation'],
    ['’’ ““ ”” €€ ••', 'repeated punctuation'],
    ['Η Ελλάδα είναι όμορφη', 'a Greek sentence'],
    ['Αθήνα, «ΚΟΣΜΟΣ», λόγος, μια', 'Greek words and guillemets'],
    ['Σ’ αγαπώ', 'Greek elision: Σ’ would decode to Ӓ'],
    ['Ο» and Ν»', 'Greek capital before »'],
    ['Δ°C, σ², π², χ², α-β, θ°', 'maths with Greek letters'],
    ['ΞΆ', 'Greek letter + accented capital (ζ if it were damaged)'],
    ['🌟 🌍 🧠 🚨 🏛️ 🇨🇳 1️⃣', 'intact emoji'],
    ['naïve café São Paulo Zürich', 'Latin letters'],
  ])('leaves %j alone (%s)', (input) => {
    expect(repairText(input, { file: 'x' })).toEqual({ text: input, repairs: [] })
  })
})

describe('repairText signals', () => {
  const repair = (text: string, knownEmoji?: ReadonlySet<string>) =>
    repairText(text, { file: 'x', ...(knownEmoji ? { knownEmoji } : {}) })

  it('prefers an emoji known from the archive over the prior', () => {
    // 🌐 would win on the prior; the archive has 🌏 intact.
    const { text, repairs } = repair('1. πŸŒ Asia', new Set(['🌏']))
    expect(text).toBe('1. 🌏 Asia')
    expect(repairs[0]?.reason).toContain('intact elsewhere')
  })

  it('counts emoji intact in the same text as known', () => {
    expect(repair('1. πŸŒ Asia\n2. 🌏 Again').text).toBe('1. 🌏 Asia\n2. 🌏 Again')
  })

  it('accepts known emoji with or without VS16', () => {
    expect(repair('1. πŸ›οΈ Shops', new Set(['🛍'])).text).toBe('1. 🛍️ Shops')
  })

  it('pairs quotes: a damaged ” after “ on the line', () => {
    const { text, repairs } = repair('He said β€œhiβ€ and left')
    expect(text).toBe('He said “hi” and left')
    expect(repairs[1]?.reason).toContain('quotes pair')
    expect(repairs[1]?.alternatives).toContain('‐')
  })

  it('pairs quotes: a lone damaged ” without an opener falls back to the prior', () => {
    const { text, repairs } = repair('end of it.β€')
    expect(text).toBe('end of it.”')
    expect(repairs[0]?.reason).toContain('ranked prior')
  })

  it('uses heading words against emoji keywords', () => {
    const love = repair('1. πŸ’‘ Love and Relationships')
    expect(love.text).toBe('1. 💑 Love and Relationships')
    expect(love.repairs[0]?.reason).toContain('"love"')
    expect(repair('1. πŸ’‘ Big Ideas').text).toBe('1. 💡 Big Ideas')
  })

  it('lets a known emoji beat a heading word', () => {
    expect(repair('1. πŸ’‘ Love and Relationships', new Set(['💡'])).text).toBe(
      '1. 💡 Love and Relationships',
    )
  })

  it('restores VS16 only after emoji that take it', () => {
    const { repairs } = repair('4. πŸ›οΈ Politics')
    expect(repairs[0]?.result).toBe('🏛️')
    expect(repairs[0]?.reason).toMatch(/🍛️.*take no U\+FE0F/u)
  })

  it('reads joined bytes as one sequence (skin tone, ZWJ), not separate emoji', () => {
    expect(repair('πŸ‘πŸ½ ok').text).toBe('👍🏽 ok')
    expect(repair('πŸ‘¨β€πŸ’» dev').text).toBe('👨‍💻 dev')
  })

  it('keeps only emoji readings where a heading emoji stands', () => {
    const { repairs } = repair('1. πŸ‘¨β€πŸ’» Developers')
    expect(repairs[0]?.result).toBe('👨‍💻')
    expect(repairs[0]?.alternatives).toEqual([])
    expect(repairs[0]?.ruledOut).toContain('👨‐💻')
    expect(repairs[0]?.reason).toContain('an emoji stands here')
  })

  it('repairs keycaps whose digit stayed ASCII', () => {
    expect(repair('Step 1οΈβƒ£ first').text).toBe('Step 1️⃣ first')
  })

  it('peels intact punctuation off the edge of a damaged run', () => {
    const { text, repairs } = repair('x “Γ© y')
    expect(text).toBe('x “é y')
    expect(repairs[0]).toMatchObject({ damaged: 'Γ©', column: 4 })
  })

  it('does not glue an intact no-break space to a damaged VS16', () => {
    // EF B8 A0 would be U+FE20, a combining mark with no letter to sit on.
    const { text, repairs } = repair('4. πŸ›οΈ\u00a0Politics')
    expect(text).toBe('4. 🏛️\u00a0Politics')
    expect(repairs[0]?.damaged).toBe('πŸ›οΈ')
  })

  it('repairs a wrong earlier repair (U+1F01D) anywhere', () => {
    expect(repair('deal \u{1F01D} done').text).toBe('deal 🤝 done')
  })

  it('reports 1-based code-point columns after astral characters', () => {
    const { repairs } = repair('🌟🌟 x β€œy”')
    expect(repairs[0]).toMatchObject({ line: 1, column: 6 })
  })

  it('handles CRLF line ends without touching them', () => {
    const { text, repairs } = repair('a\r\n1. πŸ’°\r\nb')
    expect(text).toBe('a\r\n1. 💰\r\nb')
    expect(repairs[0]).toMatchObject({ line: 2, column: 4 })
  })
})

describe('findIntactEmoji', () => {
  it('lists intact emoji, not damage or text symbols', () => {
    const found = findIntactEmoji(seed)
    expect([...found].sort()).toEqual(['🌍', '🌟', '🧠', '🚨'].sort())
    expect(findIntactEmoji('™ © ⚖ plain ⚖️ 🏛️ 1️⃣ 🇨🇳 👍🏽 \u{1F01D}')).toEqual(
      new Set(['⚖️', '🏛️', '1️⃣', '🇨🇳', '👍🏽']),
    )
  })
})
