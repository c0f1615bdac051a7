import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { damage } from './simulate-damage'

const seed = readFileSync(
  new URL('../../../content/000_56be99a494d8df3b.txt', import.meta.url),
  'utf8',
)

describe('damage (test helper)', () => {
  it('reproduces the damaged runs of the seed from their good text', () => {
    const cases: [string, string][] = [
      ['🎙️🌍', 'πŸŽ™οΈπŸŒ'],
      ['🔍', 'πŸ”'],
      ['🏛️', 'πŸ›οΈ'],
      ['💡', 'πŸ’‘'],
      ['💰', 'πŸ’°'],
      ['🇨🇳', 'πŸ‡¨πŸ‡³'],
      ['⚖️', 'βš–οΈ'],
      ['“', 'β€œ'],
    ]
    for (const [good, damaged] of cases) {
      expect(damage(good)).toBe(damaged)
      expect(seed).toContain(damaged)
    }
  })

  it('leaves ASCII alone and drops the five lost bytes', () => {
    expect(damage('plain ASCII')).toBe('plain ASCII')
    expect(damage('”')).toBe('β€') // E2 80 9D: 0x9D is lost
  })
})
