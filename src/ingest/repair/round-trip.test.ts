// repair(damage(good)) against good text, for the unambiguous cases and for
// the documented choices of the ambiguous ones.
import compactEmoji from 'emojibase-data/en/compact.json'
import { describe, expect, it } from 'vitest'
import { isRgiEmoji } from './emoji-classes'
import { repairText } from './repair-text'
import { damage } from './simulate-damage'

const repair = (text: string) => repairText(text, { file: 'round-trip' })

describe('round trips', () => {
  it.each([
    ['1. 💰 Money'],
    ['1. 💻 Compute'],
    ['1. 📚 Books'],
    ['1. 🗣️ Voices'],
    ['1. ⚖️ Balance'],
    ['1. 🔥 Heat'],
    ['1. 🇨🇳 China and 🇺🇸 the US'],
    ['1. 🧠 Models'],
    ['1. 🚀 Launch'],
    ['1. 👨‍💻 Developers'],
    ['1. 🏳️‍🌈 Pride'],
    ['Step 1️⃣ then #️⃣'],
    ['“Quoted”, ‘single’, it’s — dashes – and… • bullets'],
    ['José Peña in São Paulo, Zürich and Ærøskøbing'],
    ['Price: €20, ™ and © and ½'],
    ['Title 🎙️🌍'],
  ])('%s survives damage and repair', (good) => {
    const damaged = damage(good)
    expect(damaged).not.toBe(good)
    expect(repair(damaged).text).toBe(good)
  })

  it.each([
    // [good, what the repair picks, why]
    ['1. 💑 Title', '💡', 'same damage as 💡 (‘ is 0x91 or 0xA1); 💡 ranks higher in the prior'],
    ['1. 🔐 Title', '🔍', 'F0 9F 94 + lost byte: 🔍 ranks highest of 🔍 🔐 🔁 🔏 🔝 🍔 🐔'],
    ['1. 🌐 Title', '🌍', 'F0 9F 8C + lost byte: 🌍 ranks highest of 🌍 🌐 🌏 🌁 🌝 🍌 🐌'],
    ['1. 🛍️ Title', '🏛️', 'lost byte before 9B: 🏛️ 🛍️ 🛏️ take VS16; 🏛️ ranks highest'],
    ['1. 🐝 Title', '🐏', 'two lost bytes: 13 emoji fit; none listed, Unicode order picks 🐏'],
  ])('%s comes back as the documented choice %s (%s)', (good, chosen) => {
    const { text, repairs } = repair(damage(good))
    const original = /^1\. (\S+)/u.exec(good)?.[1] ?? ''
    expect(text).toBe(good.replace(original, chosen))
    expect(repairs[0]?.alternatives).toContain(original)
  })

  it('every RGI emoji comes back exactly, or as a reported choice that lists it', () => {
    let exact = 0
    let chosen = 0
    for (const entry of compactEmoji) {
      if (entry.group === 2) continue // components (lone skin tones, hair) stand in no heading
      for (const unicode of [entry.unicode, ...(entry.skins ?? []).map((s) => s.unicode)]) {
        const bare = unicode.replace(/\uFE0F/g, '')
        const emoji = isRgiEmoji(unicode) ? unicode : isRgiEmoji(bare) ? bare : null
        if (emoji === null) continue
        let damaged: string
        try {
          damaged = damage(`1. ${emoji} Title`)
        } catch {
          continue // a byte ISO-8859-7 cannot show (none in emoji, but keep the test honest)
        }
        const { text, repairs } = repair(damaged)
        const [record] = repairs
        expect(record, emoji).toBeDefined()
        if (!record) continue
        if (record.alternatives.length === 0) {
          expect(text, emoji).toBe(`1. ${emoji} Title`)
          exact++
        } else {
          expect([record.result, ...record.alternatives], emoji).toContain(emoji)
          chosen++
        }
      }
    }
    // Most emoji lose no byte and are unambiguous.
    expect(exact).toBeGreaterThan(2500)
    expect(exact + chosen).toBeGreaterThan(3800)
  })
})
